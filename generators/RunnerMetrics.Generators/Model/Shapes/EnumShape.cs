namespace RunnerMetrics.Generators.Model;

/// <summary>An enum written as one of its JSON names.</summary>
/// <param name="TypeName">The enum type.</param>
/// <param name="HelperName">The generated shape struct that reads and writes it (one per enum and naming policy).</param>
internal sealed record EnumShape(string TypeName, string HelperName) : ValueShape(TypeName);
