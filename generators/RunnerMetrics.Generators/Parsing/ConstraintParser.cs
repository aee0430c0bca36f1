using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>Reads <c>[Range]</c>, <c>[MinLength]</c> and <c>[MaxLength]</c> into literals, checking each fits the member's type.</summary>
internal static class ConstraintParser
{
    public static ConstraintModel Parse(
        IEnumerable<AttributeData> attributes, ValueModel value, IPropertySymbol property, Location? location, List<DiagnosticInfo> diagnostics)
    {
        string? minimum = null;
        string? maximum = null;
        int? minLength = null;
        int? maxLength = null;
        foreach (var attribute in attributes)
        {
            string? name = attribute.AttributeClass?.ToDisplayString();
            bool isRange = name == KnownNames.RangeAttribute;
            bool isLength = name is KnownNames.MinLengthAttribute or KnownNames.MaxLengthAttribute;
            if (!isRange && !isLength)
            {
                continue;
            }

            bool applies = isRange
                ? value.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double && attribute.ConstructorArguments.Length == 2
                    && Literal(attribute.ConstructorArguments[0]) is not null && Literal(attribute.ConstructorArguments[1]) is not null
                : value.Kind is ValueKind.String or ValueKind.Array && attribute.ConstructorArguments.Length == 1;
            if (!applies)
            {
                string shortName = name!.Substring(name.LastIndexOf('.') + 1).Replace("Attribute", string.Empty);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConstraintNotApplicable, location, shortName, property.Name, property.Type.ToDisplayString()));
                continue;
            }

            if (isRange)
            {
                minimum = Literal(attribute.ConstructorArguments[0]);
                maximum = Literal(attribute.ConstructorArguments[1]);
            }
            else if (name == KnownNames.MinLengthAttribute)
            {
                minLength = (int)attribute.ConstructorArguments[0].Value!;
            }
            else
            {
                maxLength = (int)attribute.ConstructorArguments[0].Value!;
            }
        }

        return minimum is null && minLength is null && maxLength is null
            ? ConstraintModel.None
            : new ConstraintModel(minimum, maximum, minLength, maxLength);
    }

    private static string? Literal(TypedConstant constant) => constant.Value switch
    {
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        double number when double.IsPositiveInfinity(number) => "double.PositiveInfinity",
        double number when double.IsNegativeInfinity(number) => "double.NegativeInfinity",
        double number when !double.IsNaN(number) => number.ToString("R", CultureInfo.InvariantCulture) + "d",
        _ => null,
    };
}
