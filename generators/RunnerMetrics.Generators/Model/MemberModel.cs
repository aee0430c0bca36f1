namespace RunnerMetrics.Generators.Model;

/// <summary>One JSON member of a <c>[StrictJson]</c> type.</summary>
/// <param name="ClrName">The property name.</param>
/// <param name="JsonName">The JSON member name.</param>
/// <param name="JsonPath">Its constant JSONPath relative to the object, e.g. <c>$.status_info</c>.</param>
/// <param name="Value">What the member holds.</param>
/// <param name="IsRequired">Whether the member must be present (its type is not nullable).</param>
/// <param name="ConstructorParameterIndex">Its position in the primary constructor, or -1 if set by an initializer.</param>
/// <param name="Constraints">Its DataAnnotations bounds.</param>
internal sealed record MemberModel(
    string ClrName,
    string JsonName,
    string JsonPath,
    ValueModel Value,
    bool IsRequired,
    int ConstructorParameterIndex,
    ConstraintModel Constraints);
