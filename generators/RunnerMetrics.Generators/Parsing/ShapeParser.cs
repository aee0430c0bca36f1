using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>Models the type of a member (or of its elements) as a <see cref="ValueShape"/>, or reports why it can't be.</summary>
internal sealed class ShapeParser(EnumParser enums, Compilation compilation, List<DiagnosticInfo> diagnostics)
{
    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// Set when a nested <c>[StrictJson]</c> type gets no generated code (not partial, generic, SJ1012...): its own
    /// diagnostic explains it, and the type being parsed becomes a stub rather than a cascade of compiler errors.
    /// </summary>
    public bool NestsUnbuildableType { get; private set; }

    /// <summary>Models <paramref name="declared"/>; diagnostics name the member and its whole type.</summary>
    public ValueShape? ShapeOf(ITypeSymbol declared, ITypeSymbol memberType, string memberName, Location? location)
    {
        string typeName = declared.ToDisplayString(s_typeFormat);
        if (declared is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = ShapeOf(nullable.TypeArguments[0], memberType, memberName, location);
            return inner is null ? null : new NullableShape(typeName, inner, IsValueType: true);
        }

        if (declared.IsReferenceType && declared.NullableAnnotation == NullableAnnotation.Annotated)
        {
            var inner = ShapeOf(declared.WithNullableAnnotation(NullableAnnotation.NotAnnotated), memberType, memberName, location);
            return inner is null ? null : new NullableShape(typeName, inner, IsValueType: false);
        }

        if (ScalarKinds.Of(declared) is { } scalar)
        {
            return new ScalarShape(typeName, scalar);
        }

        if (declared.TypeKind == TypeKind.Enum)
        {
            return new EnumShape(typeName, enums.HelperFor((INamedTypeSymbol)declared, location));
        }

        if (declared is IArrayTypeSymbol { Rank: 1 } array)
        {
            return Collection(typeName, CollectionKind.Array, array.ElementType, memberType, memberName, location);
        }

        if (declared is INamedTypeSymbol { IsGenericType: true } generic)
        {
            string definition = generic.OriginalDefinition.ToDisplayString();
            if (KnownNames.ListTypes.Contains(definition))
            {
                return Collection(typeName, CollectionKind.List, generic.TypeArguments[0], memberType, memberName, location);
            }

            if (definition == KnownNames.ImmutableArray)
            {
                return Collection(typeName, CollectionKind.ImmutableArray, generic.TypeArguments[0], memberType, memberName, location);
            }

            if (KnownNames.DictionaryTypes.Contains(definition) && generic.TypeArguments[0].SpecialType == SpecialType.System_String)
            {
                var value = ShapeOf(generic.TypeArguments[1], memberType, memberName, location);
                return value is null ? null : new DictionaryShape(typeName, value);
            }
        }

        if (declared is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsGenericType: false } named && !IsFromSystem(named))
        {
            if (!HasStrictJson(named))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NestedTypeNotStrictJson, location, memberName, memberType.ToDisplayString()));
                return null;
            }

            NestsUnbuildableType |= !GeneratedMembers.Exist(named, compilation);
            return new ObjectShape(typeName);
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedMemberType, location, memberName, memberType.ToDisplayString()));
        return null;
    }

    public static bool HasStrictJson(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.StrictJsonAttribute);

    private CollectionShape? Collection(string typeName, CollectionKind kind, ITypeSymbol element, ITypeSymbol memberType, string memberName, Location? location)
    {
        var elementShape = ShapeOf(element, memberType, memberName, location);
        return elementShape is null ? null : new CollectionShape(typeName, kind, elementShape);
    }

    private static bool IsFromSystem(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root?.Name is "System";
    }
}
