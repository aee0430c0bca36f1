using System;

namespace RunnerMetrics.Parsing;

/// <summary>
/// Generates a strict, allocation-free <c>TryParse</c>/<c>Parse</c> and a <c>WriteTo</c> for a
/// <see langword="partial"/> class, record, struct or record struct.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class StrictJsonAttribute : Attribute
{
    /// <summary>What to do with a member the type does not declare. Default: <see cref="UnknownMembers.Reject"/>.</summary>
    public UnknownMembers UnknownMembers { get; set; } = UnknownMembers.Reject;

    /// <summary>How member and enum value names map to JSON names. Default: <see cref="JsonNaming.SnakeCaseLower"/>.</summary>
    public JsonNaming NamingPolicy { get; set; } = JsonNaming.SnakeCaseLower;

    /// <summary>
    /// When <see langword="true"/>, string values come from a bounded, thread-safe pool so that
    /// repeated values are not allocated again (steady-state parsing of a struct allocates nothing).
    /// </summary>
    public bool InternStrings { get; set; }
}
