namespace RunnerMetrics.Generators.Model;

/// <summary>A JSON object with arbitrary keys, as a string-keyed dictionary.</summary>
/// <param name="TypeName">The declared dictionary type.</param>
/// <param name="Value">The values.</param>
internal sealed record DictionaryShape(string TypeName, ValueShape Value) : ValueShape(TypeName);
