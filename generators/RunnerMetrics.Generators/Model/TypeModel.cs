using RunnerMetrics.Generators.Helpers;

namespace RunnerMetrics.Generators.Model;

/// <summary>
/// Everything the emitter needs about one <c>[StrictJson]</c> type: strings, flags and equatable arrays
/// only, so the pipeline caches it and no Roslyn object outlives the parser.
/// </summary>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="Name">The type name.</param>
/// <param name="FullyQualifiedName">The name as generated code references it (<c>global::...</c>).</param>
/// <param name="DeclarationKeyword">The keyword of its declaration: <c>class</c>, <c>struct</c>, <c>record</c> or <c>record struct</c>.</param>
/// <param name="ContainingTypes">Declarations of the types it is nested in, outermost first (e.g. <c>partial class Outer</c>).</param>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Construction">How the generated constructor starts and whether the implicit one must be kept.</param>
/// <param name="HidesBaseMembers">Whether a base type is <c>[StrictJson]</c> too and gets its generated members, so <c>Parse</c> and <c>WriteTo</c> hide its own.</param>
/// <param name="SkipUnknownMembers">Whether unknown members are skipped rather than rejected.</param>
/// <param name="InternStrings">Whether string values come from the shared pool.</param>
/// <param name="Members">The JSON members: inherited ones first, then in declaration order.</param>
/// <param name="Enums">The enums the members use, each emitted once per assembly.</param>
/// <param name="Polymorphism">For a <c>[JsonPolymorphic]</c> base, its derived types.</param>
/// <param name="Discriminator">For a type derived from one, its discriminator.</param>
/// <param name="IsStub">
/// The type has errors (reported as SJ diagnostics): it gets only members that throw, so that types nesting it
/// still compile and the user sees the SJ diagnostics alone.
/// </param>
internal sealed record TypeModel(
    string Namespace,
    string Name,
    string FullyQualifiedName,
    string DeclarationKeyword,
    EquatableArray<string> ContainingTypes,
    string HintName,
    ConstructionModel Construction,
    bool HidesBaseMembers,
    bool SkipUnknownMembers,
    bool InternStrings,
    EquatableArray<MemberModel> Members,
    EquatableArray<EnumModel> Enums,
    PolymorphismModel? Polymorphism,
    DiscriminatorModel? Discriminator,
    bool IsStub);

/// <summary>How the generated constructor is declared.</summary>
/// <param name="ParameterCount">The primary constructor's parameter count, or -1 when there is none.</param>
/// <param name="ChainsToParameterless">Whether to chain to a declared parameterless constructor (<c>: this()</c>).</param>
/// <param name="KeepsImplicitConstructor">Whether the class had only the implicit parameterless constructor, which a declared one would remove.</param>
internal sealed record ConstructionModel(int ParameterCount, bool ChainsToParameterless, bool KeepsImplicitConstructor);
