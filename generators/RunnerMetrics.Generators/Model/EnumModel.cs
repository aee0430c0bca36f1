using RunnerMetrics.Generators.Helpers;

namespace RunnerMetrics.Generators.Model;

/// <summary>An enum used by a type's members, with the JSON name of each value.</summary>
/// <param name="TypeName">The fully qualified enum type.</param>
/// <param name="HelperSuffix">A unique, identifier-safe suffix for its generated read helper.</param>
/// <param name="Values">The values, in declaration order.</param>
internal sealed record EnumModel(string TypeName, string HelperSuffix, EquatableArray<EnumValueModel> Values);

/// <summary>One enum value and its JSON name.</summary>
/// <param name="ClrName">The enum member name.</param>
/// <param name="JsonName">The JSON string that stands for it.</param>
internal sealed record EnumValueModel(string ClrName, string JsonName);
