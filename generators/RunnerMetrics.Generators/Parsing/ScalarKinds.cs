using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>The one table of .NET types that are JSON scalars.</summary>
internal static class ScalarKinds
{
    public static ScalarKind? Of(ITypeSymbol type)
    {
        ScalarKind? kind = type.SpecialType switch
        {
            SpecialType.System_Boolean => ScalarKind.Boolean,
            SpecialType.System_Byte => ScalarKind.Byte,
            SpecialType.System_SByte => ScalarKind.SByte,
            SpecialType.System_Int16 => ScalarKind.Int16,
            SpecialType.System_UInt16 => ScalarKind.UInt16,
            SpecialType.System_Int32 => ScalarKind.Int32,
            SpecialType.System_UInt32 => ScalarKind.UInt32,
            SpecialType.System_Int64 => ScalarKind.Int64,
            SpecialType.System_UInt64 => ScalarKind.UInt64,
            SpecialType.System_Single => ScalarKind.Single,
            SpecialType.System_Double => ScalarKind.Double,
            SpecialType.System_Decimal => ScalarKind.Decimal,
            SpecialType.System_String => ScalarKind.String,
            SpecialType.System_DateTime => ScalarKind.DateTime,
            _ => null,
        };
        return kind ?? type.ToDisplayString() switch
        {
            "System.Guid" => ScalarKind.Guid,
            "System.DateTimeOffset" => ScalarKind.DateTimeOffset,
            "System.DateOnly" => ScalarKind.DateOnly,
            _ => null,
        };
    }

    /// <summary>Whether <c>[Range]</c> applies: the kinds that compare as numbers.</summary>
    public static bool IsNumber(ScalarKind kind) => kind is >= ScalarKind.Byte and <= ScalarKind.Decimal;

    /// <summary>Whether the kind is an integer.</summary>
    public static bool IsInteger(ScalarKind kind) => kind is >= ScalarKind.Byte and <= ScalarKind.UInt64;
}
