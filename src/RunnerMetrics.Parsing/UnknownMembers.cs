namespace RunnerMetrics.Parsing;

/// <summary>How a generated parser treats JSON members that the type does not declare.</summary>
public enum UnknownMembers
{
    /// <summary>An unknown member fails the parse with <see cref="StrictJsonErrorKind.UnknownMember"/>.</summary>
    Reject,

    /// <summary>An unknown member is validated in full and skipped; a repeated unknown name still fails.</summary>
    Skip,
}
