using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Helpers;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>Finds a type's JSON members (settable public properties and primary-constructor parameters) and models them.</summary>
internal sealed class MemberParser(INamedTypeSymbol type, int namingPolicy, List<DiagnosticInfo> diagnostics)
{
    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly List<EnumModel> _enums = [];
    private readonly Dictionary<string, int> _enumIndexes = [];

    public (EquatableArray<MemberModel> Members, EquatableArray<EnumModel> Enums, int ConstructorParameterCount) ParseMembers(CancellationToken cancellationToken)
    {
        var constructorParameters = PrimaryConstructorParameters();
        var members = new List<MemberModel>();
        var ownersByJsonName = new Dictionary<string, string>();
        foreach (var property in PropertiesInOrder(constructorParameters))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parameter = constructorParameters.FirstOrDefault(p => p.Name == property.Name);
            var attributes = parameter is null ? property.GetAttributes() : property.GetAttributes().AddRange(parameter.GetAttributes());
            if (Find(attributes, KnownNames.JsonIgnoreAttribute) is not null)
            {
                continue;
            }

            var location = (parameter?.Locations ?? property.Locations).FirstOrDefault();
            if (parameter is null && property.SetMethod is not { DeclaredAccessibility: Accessibility.Public })
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberNotSettable, location, property.Name));
                continue;
            }

            var member = ParseMember(property, parameter, attributes, location);
            if (member is null)
            {
                continue;
            }

            if (ownersByJsonName.TryGetValue(member.JsonName, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateJsonName, location, owner, member.ClrName, member.JsonName));
                continue;
            }

            ownersByJsonName.Add(member.JsonName, member.ClrName);
            members.Add(member);
        }

        return (members.ToEquatableArray(), _enums.ToEquatableArray(), constructorParameters.Count);
    }

    private MemberModel? ParseMember(IPropertySymbol property, IParameterSymbol? parameter, IEnumerable<AttributeData> attributes, Location? location)
    {
        var value = ValueOf(property.Type, property.Type, property.Name, location);
        if (value is null)
        {
            return null;
        }

        string jsonName = Find(attributes, KnownNames.JsonPropertyNameAttribute)?.ConstructorArguments.FirstOrDefault().Value as string
            ?? JsonNames.Apply(namingPolicy, property.Name);
        var constraints = ConstraintParser.Parse(attributes, value, property, location, diagnostics);
        return new MemberModel(
            property.Name,
            jsonName,
            JsonNames.PathOf(jsonName),
            value,
            !value.IsNullable,
            parameter?.Ordinal ?? -1,
            constraints);
    }

    /// <summary>Models <paramref name="declared"/>, the member's type or one of its array elements.</summary>
    /// <param name="declared">The type to model.</param>
    /// <param name="memberType">The member's whole type, which diagnostics name (<c>float[]?</c>, not <c>float</c>).</param>
    /// <param name="memberName">The member's name, for diagnostics.</param>
    /// <param name="location">The member's location, for diagnostics.</param>
    private ValueModel? ValueOf(ITypeSymbol declared, ITypeSymbol memberType, string memberName, Location? location)
    {
        string typeName = declared.ToDisplayString(s_typeFormat);
        var type = declared;
        bool isNullableValueType = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isNullableValueType = true;
        }

        bool isNullable = isNullableValueType || (type.IsReferenceType && declared.NullableAnnotation == NullableAnnotation.Annotated);
        ValueKind? kind = type.SpecialType switch
        {
            SpecialType.System_String => ValueKind.String,
            SpecialType.System_Boolean => ValueKind.Boolean,
            SpecialType.System_Int32 => ValueKind.Int32,
            SpecialType.System_Int64 => ValueKind.Int64,
            SpecialType.System_Double => ValueKind.Double,
            _ => null,
        };
        if (kind is not null)
        {
            return new ValueModel(kind.Value, typeName, isNullable, isNullableValueType, null, -1);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return new ValueModel(ValueKind.Enum, typeName, isNullable, isNullableValueType, null, EnumIndex((INamedTypeSymbol)type, location));
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            var element = ValueOf(array.ElementType, memberType, memberName, location);
            return element is null ? null : new ValueModel(ValueKind.Array, typeName, isNullable, false, element, -1);
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && !IsFromSystem(named))
        {
            if (named.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.StrictJsonAttribute))
            {
                return new ValueModel(ValueKind.Object, typeName, isNullable, isNullableValueType, null, -1);
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NestedTypeNotStrictJson, location, memberName, memberType.ToDisplayString()));
            return null;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedMemberType, location, memberName, memberType.ToDisplayString()));
        return null;
    }

    private int EnumIndex(INamedTypeSymbol enumType, Location? location)
    {
        string typeName = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (_enumIndexes.TryGetValue(typeName, out int index))
        {
            return index;
        }

        var values = new List<EnumValueModel>();
        var ownersByJsonName = new Dictionary<string, string>();
        var constants = new HashSet<object>();
        foreach (var field in enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue))
        {
            string jsonName = Find(field.GetAttributes(), KnownNames.JsonStringEnumMemberNameAttribute)?.ConstructorArguments.FirstOrDefault().Value as string
                ?? JsonNames.Apply(namingPolicy, field.Name);
            if (ownersByJsonName.TryGetValue(jsonName, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateEnumJsonName, location, owner, field.Name, enumType.Name, jsonName));
                continue;
            }

            ownersByJsonName.Add(jsonName, field.Name);
            values.Add(new EnumValueModel(field.Name, jsonName, IsAlias: !constants.Add(field.ConstantValue!)));
        }

        index = _enums.Count;
        _enums.Add(new EnumModel(typeName, $"{index}{enumType.Name}", values.ToEquatableArray()));
        _enumIndexes.Add(typeName, index);
        return index;
    }

    private List<IParameterSymbol> PrimaryConstructorParameters()
    {
        if (!type.IsRecord)
        {
            return [];
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is RecordDeclarationSyntax))
            {
                return [.. constructor.Parameters];
            }
        }

        return [];
    }

    private IEnumerable<IPropertySymbol> PropertiesInOrder(List<IParameterSymbol> constructorParameters)
    {
        var properties = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public)
            .ToList();
        foreach (var parameter in constructorParameters)
        {
            var property = properties.FirstOrDefault(p => p.Name == parameter.Name);
            if (property is not null)
            {
                yield return property;
            }
        }

        foreach (var property in properties)
        {
            if (!constructorParameters.Any(p => p.Name == property.Name))
            {
                yield return property;
            }
        }
    }

    private static bool IsFromSystem(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root?.Name is "System" || type.IsGenericType;
    }

    internal static AttributeData? Find(IEnumerable<AttributeData> attributes, string metadataName) =>
        attributes.FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);
}
