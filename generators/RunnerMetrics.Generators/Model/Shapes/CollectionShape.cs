namespace RunnerMetrics.Generators.Model;

/// <summary>A JSON array.</summary>
/// <param name="TypeName">The declared collection type.</param>
/// <param name="Kind">How it is built: an array, an immutable array, or a list seen through its declared type.</param>
/// <param name="Element">The elements.</param>
internal sealed record CollectionShape(string TypeName, CollectionKind Kind, ValueShape Element) : ValueShape(TypeName);
