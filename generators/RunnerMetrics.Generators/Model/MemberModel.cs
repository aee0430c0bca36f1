namespace RunnerMetrics.Generators.Model;

/// <summary>One JSON member of a <c>[StrictJson]</c> type.</summary>
/// <param name="ClrName">The property name.</param>
/// <param name="JsonName">The JSON member name.</param>
/// <param name="JsonPath">Its constant JSONPath relative to the object, e.g. <c>$.status_info</c>.</param>
/// <param name="Value">What the member holds.</param>
/// <param name="IsRequired">Whether the member must be present.</param>
/// <param name="ConstructorParameterIndex">Its position in the primary constructor, or -1 if it is a settable property.</param>
/// <param name="DefaultValue">For an optional constructor parameter, the C# expression of its default value.</param>
/// <param name="Constraints">Its DataAnnotations bounds.</param>
/// <param name="Order">Its <c>[JsonPropertyOrder]</c>; members are sorted by it, and a derived type's discriminator is written before those at 0 and above.</param>
internal sealed record MemberModel(
    string ClrName,
    string JsonName,
    string JsonPath,
    ValueShape Value,
    bool IsRequired,
    int ConstructorParameterIndex,
    string DefaultValue,
    ConstraintModel Constraints,
    int Order);
