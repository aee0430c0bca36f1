namespace RunnerMetrics.Parsing;

/// <summary>Why a strict parse failed.</summary>
public enum StrictJsonErrorKind : byte
{
    /// <summary>No error.</summary>
    None,

    /// <summary>The text is not a single RFC 8259 JSON value (syntax, BOM, trailing data, invalid UTF-8, lone surrogate, depth).</summary>
    InvalidJson,

    /// <summary>A value has the wrong JSON type, such as a string where a number belongs.</summary>
    UnexpectedToken,

    /// <summary>A required member is absent.</summary>
    MissingMember,

    /// <summary>A member name occurs twice in one object.</summary>
    DuplicateMember,

    /// <summary>A member the type does not declare, with <see cref="UnknownMembers.Reject"/>.</summary>
    UnknownMember,

    /// <summary>A number, length or count outside its type's or its <c>Range</c>/<c>MinLength</c>/<c>MaxLength</c> bounds.</summary>
    OutOfRange,

    /// <summary>A value of the right JSON type that the member can't hold: a fraction for an integer, an unknown enum name.</summary>
    InvalidValue,
}
