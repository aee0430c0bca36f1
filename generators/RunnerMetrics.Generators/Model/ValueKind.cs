namespace RunnerMetrics.Generators.Model;

/// <summary>The JSON shape of a member's value.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Enum,
    Object,
    Array,
}
