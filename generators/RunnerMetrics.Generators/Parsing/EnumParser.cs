using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Helpers;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>
/// Models the enums a type's members use. Each enum gets one generated shape struct per naming policy and
/// assembly, named after both, so every type of the assembly that uses it shares it.
/// </summary>
internal sealed class EnumParser(string assemblyName, int namingPolicy, List<DiagnosticInfo> diagnostics)
{
    private readonly List<EnumModel> _enums = [];

    public EquatableArray<EnumModel> Enums => _enums.ToEquatableArray();

    /// <summary>The fully qualified name of the shape struct for <paramref name="enumType"/>.</summary>
    public string HelperFor(INamedTypeSymbol enumType, Location? location)
    {
        string typeName = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        foreach (var known in _enums)
        {
            if (known.TypeName == typeName)
            {
                return known.HelperName;
            }
        }

        var values = new List<EnumValueModel>();
        var ownersByJsonName = new Dictionary<string, string>();
        var constants = new HashSet<object>();
        foreach (var field in enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue))
        {
            string jsonName = MemberParser.Find(field.GetAttributes(), KnownNames.JsonStringEnumMemberNameAttribute)?.ConstructorArguments.FirstOrDefault().Value as string
                ?? JsonNames.Apply(namingPolicy, field.Name);
            if (ownersByJsonName.TryGetValue(jsonName, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateEnumJsonName, location, owner, field.Name, enumType.Name, jsonName));
                continue;
            }

            ownersByJsonName.Add(jsonName, field.Name);
            values.Add(new EnumValueModel(field.Name, jsonName, IsAlias: !constants.Add(field.ConstantValue!)));
        }

        var model = new EnumModel(
            typeName,
            "RunnerMetrics.Parsing.Generated." + Identifier(assemblyName),
            Identifier(typeName.Substring("global::".Length)) + "_" + JsonNames.PolicyName(namingPolicy),
            values.ToEquatableArray());
        _enums.Add(model);
        return model.HelperName;
    }

    private static string Identifier(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (char c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return builder.Length > 0 && char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }
}
