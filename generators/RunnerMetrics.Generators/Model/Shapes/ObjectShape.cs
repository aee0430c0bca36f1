namespace RunnerMetrics.Generators.Model;

/// <summary>A nested <c>[StrictJson]</c> type.</summary>
/// <param name="TypeName">The type.</param>
internal sealed record ObjectShape(string TypeName) : ValueShape(TypeName);
