using RunnerMetrics.Generators.Helpers;

namespace RunnerMetrics.Generators.Model;

/// <summary>A <c>[JsonPolymorphic]</c> base: its discriminator member and the derived type of each value.</summary>
/// <param name="DiscriminatorName">The discriminator's JSON member name.</param>
/// <param name="Cases">The derived types, most derived first (so a type test picks the closest).</param>
internal sealed record PolymorphismModel(string DiscriminatorName, EquatableArray<DerivedTypeModel> Cases);

/// <summary>One <c>[JsonDerivedType]</c>.</summary>
/// <param name="Discriminator">Its discriminator value.</param>
/// <param name="TypeName">The derived type.</param>
internal sealed record DerivedTypeModel(string Discriminator, string TypeName);

/// <summary>For a derived type, the discriminator it carries: read where it stands, written first.</summary>
/// <param name="Name">The JSON member name.</param>
/// <param name="Value">This type's value.</param>
/// <param name="MoreDerivedCases">The base's other derived types that derive from this one, most derived first: a value of one of them is written as itself.</param>
internal sealed record DiscriminatorModel(string Name, string Value, EquatableArray<DerivedTypeModel> MoreDerivedCases);
