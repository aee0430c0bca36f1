using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>C# expressions for constant values, such as a constructor parameter's default.</summary>
internal static class Literals
{
    /// <summary>The expression of <paramref name="parameter"/>'s default value, cast to its type so any literal form fits.</summary>
    public static string DefaultOf(IParameterSymbol parameter)
    {
        string type = parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return parameter.ExplicitDefaultValue switch
        {
            null => "default!",
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            bool flag => flag ? "true" : "false",
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            double number => $"({type})({Number(number)})",
            float number => $"({type})({Number(number)}f)",
            decimal number => $"({type})({number.ToString(CultureInfo.InvariantCulture)}m)",
            var value => $"({type})({System.Convert.ToString(value, CultureInfo.InvariantCulture)})",
        };
    }

    public static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : double.IsNaN(value) ? "double.NaN"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";
}
