using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Helpers;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>
/// Finds a type's JSON members (public settable properties, inherited ones included, and primary-constructor
/// parameters) and models them.
/// </summary>
internal sealed class MemberParser(INamedTypeSymbol type, int namingPolicy, ShapeParser shapes, List<DiagnosticInfo> diagnostics)
{
    public (EquatableArray<MemberModel> Members, int ConstructorParameterCount) ParseMembers(CancellationToken cancellationToken)
    {
        var constructorParameters = PrimaryConstructorParameters(type);
        var members = new List<MemberModel>();
        var ownersByJsonName = new Dictionary<string, string>();
        foreach (var property in PropertiesInOrder(type, constructorParameters))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parameter = constructorParameters?.FirstOrDefault(p => p.Name == property.Name);
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

        // [JsonPropertyOrder] as System.Text.Json reads it: by order, then declaration order (OrderBy is stable).
        return (members.OrderBy(m => m.Order).ToEquatableArray(), constructorParameters?.Count ?? -1);
    }

    private MemberModel? ParseMember(IPropertySymbol property, IParameterSymbol? parameter, IEnumerable<AttributeData> attributes, Location? location)
    {
        var value = shapes.ShapeOf(property.Type, property.Type, property.Name, location);
        if (value is null)
        {
            return null;
        }

        string jsonName = Find(attributes, KnownNames.JsonPropertyNameAttribute)?.ConstructorArguments.FirstOrDefault().Value as string
            ?? JsonNames.Apply(namingPolicy, property.Name);
        var constraints = ConstraintParser.Parse(attributes, value, property, location, diagnostics);

        // Optional only where the type says so: a nullable type, or a visible constructor default; `required` always wins.
        bool hasDefault = parameter is { HasExplicitDefaultValue: true };
        bool isRequired = property.IsRequired || !(value.IsNullable || hasDefault);
        return new MemberModel(
            property.Name,
            jsonName,
            JsonNames.PathOf(jsonName),
            value,
            isRequired,
            parameter?.Ordinal ?? -1,
            hasDefault ? Literals.DefaultOf(parameter!) : "default!",
            constraints,
            Find(attributes, KnownNames.JsonPropertyOrderAttribute)?.ConstructorArguments.FirstOrDefault().Value as int? ?? 0);
    }

    /// <summary>The record's primary-constructor parameters, or <see langword="null"/> when it has no primary constructor.</summary>
    public static List<IParameterSymbol>? PrimaryConstructorParameters(INamedTypeSymbol type)
    {
        if (!type.IsRecord)
        {
            return null;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is RecordDeclarationSyntax))
            {
                return [.. constructor.Parameters];
            }
        }

        return null;
    }

    /// <summary>
    /// Public instance properties, the base type's first; an override or a <c>new</c> property takes its base's
    /// place. Within a type, primary-constructor parameters come first, in their order.
    /// </summary>
    private static List<IPropertySymbol> PropertiesInOrder(INamedTypeSymbol type, List<IParameterSymbol>? constructorParameters)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var ordered = new List<IPropertySymbol>();
        foreach (var declaring in chain)
        {
            var declared = declaring.GetMembers().OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public)
                .ToList();
            if (SymbolEqualityComparer.Default.Equals(declaring, type) && constructorParameters is not null)
            {
                declared = [.. declared.OrderBy(p => constructorParameters.FindIndex(c => c.Name == p.Name) is var i && i >= 0 ? i : int.MaxValue)];
            }

            foreach (var property in declared)
            {
                int existing = ordered.FindIndex(p => p.Name == property.Name);
                if (existing >= 0)
                {
                    ordered[existing] = property;
                }
                else
                {
                    ordered.Add(property);
                }
            }
        }

        return ordered;
    }

    internal static AttributeData? Find(IEnumerable<AttributeData> attributes, string metadataName) =>
        attributes.FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);
}
