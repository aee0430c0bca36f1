using System;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// Parses the common short JSON numbers (<c>1700000000.5</c>, <c>-12</c>: at most 15 significant digits,
/// no exponent) exactly and faster than the general parser, which stays the fallback for everything else.
/// </summary>
/// <remarks>
/// Clinger's fast path: a mantissa below 2^53 and a power of ten up to 10^22 are both exact doubles, so
/// one IEEE division gives the correctly rounded result, the same double <c>double.Parse</c> returns.
/// </remarks>
internal static class FastDecimalParser
{
    private const int MaxDigits = 15;

    private static ReadOnlySpan<double> PowersOfTen =>
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses <paramref name="number"/>, a token the JSON reader already validated; false means "use the general parser".</summary>
    public static bool TryParse(ReadOnlySpan<byte> number, out double value)
    {
        value = 0;
        int index = 0;
        bool negative = number.Length > 0 && number[0] == '-';
        if (negative)
        {
            index++;
        }

        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        bool inFraction = false;
        for (; index < number.Length; index++)
        {
            uint digit = (uint)(number[index] - '0');
            if (digit <= 9)
            {
                // Leading zeros don't count; any other digit beyond the budget leaves it to the general parser.
                if (mantissa != 0 || digit != 0)
                {
                    if (++digits > MaxDigits)
                    {
                        return false;
                    }
                }

                mantissa = (mantissa * 10) + digit;
                fractionDigits += inFraction ? 1 : 0;
            }
            else if (number[index] == '.' && !inFraction)
            {
                inFraction = true;
            }
            else
            {
                return false; // An exponent: the general parser's job.
            }
        }

        if (fractionDigits >= PowersOfTen.Length)
        {
            return false;
        }

        double magnitude = mantissa / PowersOfTen[fractionDigits];
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
