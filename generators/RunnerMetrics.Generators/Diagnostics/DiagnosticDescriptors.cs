using Microsoft.CodeAnalysis;

namespace RunnerMetrics.Generators.Diagnostics;

/// <summary>The diagnostics of <c>[StrictJson]</c>; each is documented at <c>docs/diagnostics.md</c>.</summary>
internal static class DiagnosticDescriptors
{
    public const string NotPartialId = "SJ1001";
    public const string UnsupportedMemberTypeId = "SJ1002";
    public const string DuplicateJsonNameId = "SJ1003";
    public const string MemberNotSettableId = "SJ1004";
    public const string ConstraintNotApplicableId = "SJ1005";
    public const string NestedTypeNotStrictJsonId = "SJ1006";
    public const string DuplicateEnumJsonNameId = "SJ1007";
    public const string UnsupportedTypeShapeId = "SJ1008";
    public const string InvalidDerivedTypeId = "SJ1009";
    public const string DuplicateDiscriminatorId = "SJ1010";
    public const string DiscriminatorCollisionId = "SJ1011";
    public const string ReservedMemberNameId = "SJ1012";
    public const string DeserializeCallId = "SJ2001";

    private const string Category = "StrictJson";
    private const string HelpBase = "https://github.com/runner-metrics/runner-metrics/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor NotPartial = Error(
        NotPartialId,
        "A [StrictJson] type must be partial",
        "The [StrictJson] type '{0}' must be declared partial",
        "The generator adds TryParse, Parse and WriteTo to the type, which needs a partial declaration.");

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Error(
        UnsupportedMemberTypeId,
        "The member's type is not supported",
        "The member '{0}' has type '{1}', which [StrictJson] does not support",
        "Members may be string, bool, any integer type, float, double, decimal, Guid, DateTimeOffset, DateTime, DateOnly, enums, [StrictJson] types, collections (T[], List<T>, IReadOnlyList<T>, ImmutableArray<T>, ...) and string-keyed dictionaries of these, and their nullable forms.");

    public static readonly DiagnosticDescriptor DuplicateJsonName = Error(
        DuplicateJsonNameId,
        "Two members map to the same JSON name",
        "The members '{0}' and '{1}' both map to the JSON name '{2}'",
        "Each member needs its own JSON name; rename one or give it a [JsonPropertyName].");

    public static readonly DiagnosticDescriptor MemberNotSettable = Error(
        MemberNotSettableId,
        "The member can't be set",
        "The member '{0}' has no setter or init accessor and is not a constructor parameter",
        "A parser must be able to set every member: add 'init' or 'set', make it a primary-constructor parameter, or mark it [JsonIgnore].");

    public static readonly DiagnosticDescriptor ConstraintNotApplicable = Error(
        ConstraintNotApplicableId,
        "The constraint does not apply to the member's type",
        "[{0}] can't apply to the member '{1}' of type '{2}'",
        "[Range] applies to numeric members (integers, float, double, decimal) with constant bounds; [MinLength] and [MaxLength] to strings and collections.");

    public static readonly DiagnosticDescriptor NestedTypeNotStrictJson = Error(
        NestedTypeNotStrictJsonId,
        "A nested object type must be [StrictJson]",
        "The member '{0}' has type '{1}', which is not a [StrictJson] type",
        "Members whose values are JSON objects need a [StrictJson] type so that it has a generated parser.");

    public static readonly DiagnosticDescriptor DuplicateEnumJsonName = Error(
        DuplicateEnumJsonNameId,
        "Two enum values map to the same JSON value",
        "The values '{0}' and '{1}' of enum '{2}' both map to the JSON string '{3}'",
        "Each enum value needs its own JSON string; rename one or give it a [JsonStringEnumMemberName].");

    public static readonly DiagnosticDescriptor UnsupportedTypeShape = Error(
        UnsupportedTypeShapeId,
        "The [StrictJson] type can't have a generated parser",
        "The [StrictJson] type '{0}' {1}",
        "Generated code can't be added to a generic type, nor to a type nested in a type that is not partial; an abstract type can only be parsed as a [JsonPolymorphic] base.");

    public static readonly DiagnosticDescriptor InvalidDerivedType = Error(
        InvalidDerivedTypeId,
        "The [JsonDerivedType] can't be parsed",
        "The derived type '{0}' of '{1}' {2}",
        "Each [JsonDerivedType] of a [StrictJson] base must be a [StrictJson] type derived from it, with a string discriminator.");

    public static readonly DiagnosticDescriptor DuplicateDiscriminator = Error(
        DuplicateDiscriminatorId,
        "Two derived types have the same discriminator",
        "The derived types '{0}' and '{1}' of '{2}' both have the discriminator '{3}'",
        "Each [JsonDerivedType] needs its own discriminator value, or a parsed document could not say which type it is.");

    public static readonly DiagnosticDescriptor DiscriminatorCollision = Error(
        DiscriminatorCollisionId,
        "The discriminator collides with a member",
        "The discriminator '{0}' of '{1}' has the JSON name of its member '{2}'",
        "The discriminator member names the derived type; a member with the same JSON name could never be read. Rename one of them.");

    public static readonly DiagnosticDescriptor ReservedMemberName = Error(
        ReservedMemberNameId,
        "A member name is reserved by the generator",
        "The member '{0}' of '{1}' has a name the generated code declares; rename it",
        "The generated code declares TryParse, Parse, TryRead and WriteTo (a method of the type with the generated parameters, or any member of the name, collides; other overloads are fine), and the private BuildFromTape, TryReadMembers, StrictJsonMembers and a constructor (StrictJsonTape, int). Inherited members the type can see count too: the generated one would hide them.");

    public static readonly DiagnosticDescriptor DeserializeCall = new(
        DeserializeCallId,
        "Use the generated parser of a [StrictJson] type",
        "'{0}' is a [StrictJson] type: use {0}.Parse or {0}.TryParse instead of JsonSerializer.Deserialize",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "JsonSerializer is lenient where the generated parser is strict (duplicates, unknown members, lone surrogates) and slower.",
        helpLinkUri: HelpBase + DeserializeCallId.ToLowerInvariant());

    private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description, HelpBase + id.ToLowerInvariant());
}
