namespace RunnerMetrics.Generators.Model;

/// <summary>A JSON string, number or boolean that maps to one .NET type.</summary>
/// <param name="TypeName">The C# type.</param>
/// <param name="Kind">Which scalar.</param>
internal sealed record ScalarShape(string TypeName, ScalarKind Kind) : ValueShape(TypeName);
