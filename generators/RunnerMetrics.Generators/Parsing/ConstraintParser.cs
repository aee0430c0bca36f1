using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>
/// Reads <c>[Range]</c>, <c>[MinLength]</c> and <c>[MaxLength]</c>, checking each fits the member's shape. Range bounds
/// become literals of the member's own type, so a <c>long</c> compares as a <c>long</c> (exact beyond 2^53).
/// </summary>
internal static class ConstraintParser
{
    public static ConstraintModel Parse(
        IEnumerable<AttributeData> attributes, ValueShape value, IPropertySymbol property, Location? location, List<DiagnosticInfo> diagnostics)
    {
        var target = value is NullableShape nullable ? nullable.Inner : value;
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

            var arguments = attribute.ConstructorArguments;
            bool applies = isRange
                ? target is ScalarShape scalar && ScalarKinds.IsNumber(scalar.Kind) && arguments.Length == 2
                    && (minimum = Bound(arguments[0].Value, scalar, isMinimum: true)) is not null
                    && (maximum = Bound(arguments[1].Value, scalar, isMinimum: false)) is not null
                : target is ScalarShape { Kind: ScalarKind.String } or CollectionShape && arguments.Length == 1 && arguments[0].Value is int;
            if (!applies)
            {
                string shortName = name!.Substring(name.LastIndexOf('.') + 1).Replace("Attribute", string.Empty);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConstraintNotApplicable, location, shortName, property.Name, property.Type.ToDisplayString()));
                continue;
            }

            if (name == KnownNames.MinLengthAttribute)
            {
                minLength = (int)arguments[0].Value!;
            }
            else if (name == KnownNames.MaxLengthAttribute)
            {
                maxLength = (int)arguments[0].Value!;
            }
        }

        return minimum is null && minLength is null && maxLength is null
            ? ConstraintModel.None
            : new ConstraintModel(minimum, maximum, minLength, maxLength);
    }

    /// <summary>A bound as a literal of the member's type, clamped to its range (rounded inward for integers).</summary>
    private static string? Bound(object? value, ScalarShape scalar, bool isMinimum)
    {
        double? number = value switch
        {
            int integer => integer,
            double real when !double.IsNaN(real) => real,
            _ => null,
        };
        if (number is not { } bound)
        {
            return null;
        }

        string type = scalar.TypeName;
        if (ScalarKinds.IsInteger(scalar.Kind))
        {
            var (min, max) = IntegerRange(scalar.Kind);
            // Clamp by the side the bound stands on: Range(0, …) on an unsigned type is its MinValue, not its MaxValue.
            if (bound <= (double)min)
            {
                return $"{type}.MinValue";
            }

            if (bound >= (double)max)
            {
                return $"{type}.MaxValue";
            }

            var rounded = new BigInteger(isMinimum ? System.Math.Ceiling(bound) : System.Math.Floor(bound));
            return $"({type})({rounded.ToString(CultureInfo.InvariantCulture)})";
        }

        return scalar.Kind switch
        {
            ScalarKind.Decimal when System.Math.Abs(bound) >= 7.9e28 => bound < 0 ? $"{type}.MinValue" : $"{type}.MaxValue",
            ScalarKind.Decimal => $"({type})({bound.ToString("R", CultureInfo.InvariantCulture)}m)",
            ScalarKind.Single when System.Math.Abs(bound) > float.MaxValue => bound < 0 ? $"{type}.NegativeInfinity" : $"{type}.PositiveInfinity",
            _ => $"({type})({Literals.Number(bound)})",
        };
    }

    private static (BigInteger Min, BigInteger Max) IntegerRange(ScalarKind kind) => kind switch
    {
        ScalarKind.Byte => (byte.MinValue, byte.MaxValue),
        ScalarKind.SByte => (sbyte.MinValue, sbyte.MaxValue),
        ScalarKind.Int16 => (short.MinValue, short.MaxValue),
        ScalarKind.UInt16 => (ushort.MinValue, ushort.MaxValue),
        ScalarKind.Int32 => (int.MinValue, int.MaxValue),
        ScalarKind.UInt32 => (uint.MinValue, uint.MaxValue),
        ScalarKind.Int64 => (long.MinValue, long.MaxValue),
        _ => (ulong.MinValue, ulong.MaxValue),
    };
}
