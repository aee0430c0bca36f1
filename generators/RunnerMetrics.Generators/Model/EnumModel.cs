using RunnerMetrics.Generators.Helpers;

namespace RunnerMetrics.Generators.Model;

/// <summary>An enum and the JSON name of each value under one naming policy; emitted once per assembly.</summary>
/// <param name="TypeName">The fully qualified enum type.</param>
/// <param name="HelperNamespace">The namespace of its generated shape struct.</param>
/// <param name="HelperTypeName">The shape struct's simple name.</param>
/// <param name="Values">The values, in declaration order.</param>
internal sealed record EnumModel(string TypeName, string HelperNamespace, string HelperTypeName, EquatableArray<EnumValueModel> Values)
{
    public string HelperName => $"global::{HelperNamespace}.{HelperTypeName}";
}

/// <summary>One enum value and its JSON name.</summary>
/// <param name="ClrName">The enum member name.</param>
/// <param name="JsonName">The JSON string that stands for it.</param>
/// <param name="IsAlias">
/// Whether an earlier member has the same constant (<c>Finished = Done</c>): its JSON name is read, but the value is
/// written under the earlier member's name, since one constant can't have two cases in a switch.
/// </param>
internal sealed record EnumValueModel(string ClrName, string JsonName, bool IsAlias);
