using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Helpers;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>Reads System.Text.Json's <c>[JsonPolymorphic]</c>/<c>[JsonDerivedType]</c> on a base and on the types derived from it.</summary>
internal static class PolymorphismParser
{
    // System.Text.Json's default discriminator name.
    private const string DefaultDiscriminatorName = "$type";

    /// <summary>
    /// The polymorphism of <paramref name="type"/> when it is a base with derived types, else <see langword="null"/>.
    /// <paramref name="dispatchesToTypeWithoutCode"/> is set when a derived type gets no generated code (its own
    /// diagnostic says why): the base's dispatch to it would not compile, so the base becomes a stub.
    /// </summary>
    public static PolymorphismModel? ForBase(INamedTypeSymbol type, EquatableArray<MemberModel> members, Location? location, Compilation compilation, List<DiagnosticInfo> diagnostics, out bool dispatchesToTypeWithoutCode)
    {
        dispatchesToTypeWithoutCode = false;
        var derivedTypes = DerivedTypeAttributes(type);
        if (derivedTypes.Count == 0)
        {
            return null;
        }

        string discriminatorName = DiscriminatorName(type);
        var member = members.FirstOrDefault(m => m.JsonName == discriminatorName);
        if (member is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DiscriminatorCollision, MemberLocation(type, member.ClrName, location), discriminatorName, type.Name, member.ClrName));
        }

        var cases = new List<(DerivedTypeModel Model, int Depth)>();
        var ownersByValue = new Dictionary<string, string>();
        foreach (var attribute in derivedTypes)
        {
            var derived = attribute.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol;
            string derivedName = derived?.ToDisplayString() ?? "?";
            string? problem = derived is null ? "is not a type"
                : !InheritsFrom(derived, type) ? "does not derive from it"
                : !ShapeParser.HasStrictJson(derived) ? "is not a [StrictJson] type"
                : attribute.ConstructorArguments.Length != 2 || attribute.ConstructorArguments[1].Value is not string ? "has no string discriminator"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDerivedType, AttributeLocation(attribute, location), derivedName, type.Name, problem));
                continue;
            }

            string value = (string)attribute.ConstructorArguments[1].Value!;
            if (ownersByValue.TryGetValue(value, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateDiscriminator, AttributeLocation(attribute, location), owner, derivedName, type.Name, value));
                continue;
            }

            ownersByValue.Add(value, derivedName);
            dispatchesToTypeWithoutCode |= !GeneratedMembers.Exist(derived!, compilation);
            cases.Add((new DerivedTypeModel(value, derived!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)), Depth(derived)));
        }

        var ordered = cases.OrderByDescending(c => c.Depth).Select(c => c.Model).ToList();
        return new PolymorphismModel(discriminatorName, ordered.ToEquatableArray());
    }

    /// <summary>The discriminator of <paramref name="type"/> when a <c>[StrictJson]</c> base lists it as a derived type.</summary>
    public static DiscriminatorModel? ForDerived(INamedTypeSymbol type, EquatableArray<MemberModel> members, Location? location, List<DiagnosticInfo> diagnostics)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (!ShapeParser.HasStrictJson(baseType))
            {
                continue;
            }

            foreach (var attribute in DerivedTypeAttributes(baseType))
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol, type)
                    && attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[1].Value is string value)
                {
                    string name = DiscriminatorName(baseType);
                    var member = members.FirstOrDefault(m => m.JsonName == name);
                    if (member is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DiscriminatorCollision, MemberLocation(type, member.ClrName, location), name, type.Name, member.ClrName));
                    }

                    return new DiscriminatorModel(name, value, MoreDerivedCases(baseType, type));
                }
            }
        }

        return null;
    }

    // The valid cases of the base that derive from the derived type, so its WriteTo writes them as themselves.
    private static EquatableArray<DerivedTypeModel> MoreDerivedCases(INamedTypeSymbol baseType, INamedTypeSymbol type) =>
        DerivedTypeAttributes(baseType)
            .Where(a => a.ConstructorArguments.Length == 2 && a.ConstructorArguments[1].Value is string)
            .Select(a => (Type: a.ConstructorArguments[0].Value as INamedTypeSymbol, Value: (string)a.ConstructorArguments[1].Value!))
            .Where(c => c.Type is not null && InheritsFrom(c.Type, type) && ShapeParser.HasStrictJson(c.Type))
            .OrderByDescending(c => Depth(c.Type!))
            .Select(c => new DerivedTypeModel(c.Value, c.Type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)))
            .ToEquatableArray();

    // Where the user can act: the [JsonDerivedType] itself, or the colliding member's declaration (the type's name when it has none in source).
    private static Location? AttributeLocation(AttributeData attribute, Location? fallback) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? fallback;

    private static Location? MemberLocation(INamedTypeSymbol type, string clrName, Location? fallback)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(clrName).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                return property.Locations.FirstOrDefault(l => l.IsInSource) ?? fallback;
            }
        }

        return fallback;
    }

    private static List<AttributeData> DerivedTypeAttributes(INamedTypeSymbol type) =>
        type.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == KnownNames.JsonDerivedTypeAttribute).ToList();

    private static string DiscriminatorName(INamedTypeSymbol type)
    {
        var polymorphic = MemberParser.Find(type.GetAttributes(), KnownNames.JsonPolymorphicAttribute);
        var named = polymorphic?.NamedArguments.FirstOrDefault(a => a.Key == "TypeDiscriminatorPropertyName");
        return named?.Value.Value as string ?? DefaultDiscriminatorName;
    }

    private static bool InheritsFrom(INamedTypeSymbol derived, INamedTypeSymbol type)
    {
        for (var current = derived.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, type))
            {
                return true;
            }
        }

        return false;
    }

    private static int Depth(INamedTypeSymbol type)
    {
        int depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
