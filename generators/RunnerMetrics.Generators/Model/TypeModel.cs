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
/// <param name="IsValueType">Whether the type is a struct.</param>
/// <param name="SkipUnknownMembers">Whether unknown members are skipped rather than rejected.</param>
/// <param name="InternStrings">Whether string values come from the shared pool.</param>
/// <param name="Members">The JSON members, in declaration order.</param>
/// <param name="Enums">The enums the members use.</param>
/// <param name="ConstructorParameterCount">The primary constructor's parameter count (0 when there is none).</param>
internal sealed record TypeModel(
    string Namespace,
    string Name,
    string FullyQualifiedName,
    string DeclarationKeyword,
    EquatableArray<string> ContainingTypes,
    string HintName,
    bool IsValueType,
    bool SkipUnknownMembers,
    bool InternStrings,
    EquatableArray<MemberModel> Members,
    EquatableArray<EnumModel> Enums,
    int ConstructorParameterCount);
