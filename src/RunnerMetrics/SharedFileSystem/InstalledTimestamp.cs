using System;
using System.Globalization;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// Strict parser for <c>runner-installed.timestamp</c>: a non-negative decimal UNIX time in plain text.
/// </summary>
/// <remarks>
/// Grammar, checked here byte by byte before any number parsing:
/// <c>ws* digits ['.' digits*] [('e'|'E') ['+'|'-'] digits+] ws*</c>, where the mantissa may also be
/// <c>'.' digits+</c> (so <c>5.</c> and <c>.5</c> are accepted, as the Python seed did) and <c>ws</c> is
/// ASCII space, <c>\t \n \v \f \r</c>. No sign on the number (it must be ≥ 0), no hex, separators,
/// <c>NaN</c>, <c>Infinity</c> or inner whitespace. The value must be finite (<c>1e400</c> is rejected).
/// Validating the grammar first matters because <c>double.Parse</c> alone is lenient (culture
/// separators, "∞", signs); it is then called with invariant culture and explicit styles.
/// </remarks>
public static class InstalledTimestamp
{
    private const NumberStyles Styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Parses the file content; allocates nothing.</summary>
    /// <param name="text">The file's bytes.</param>
    /// <param name="timestamp">The UNIX time in seconds when this returns true, else 0.</param>
    /// <returns>True when the content is exactly one finite, non-negative decimal number.</returns>
    public static bool TryParse(ReadOnlySpan<byte> text, out double timestamp)
    {
        timestamp = 0;
        ReadOnlySpan<byte> number = TrimAsciiWhitespace(text);
        if (!IsDecimalNumber(number)
            || !double.TryParse(number, Styles, CultureInfo.InvariantCulture, out double value)
            || !double.IsFinite(value))
        {
            return false;
        }

        timestamp = value;
        return true;
    }

    private static bool IsDecimalNumber(ReadOnlySpan<byte> s)
    {
        int i = 0;
        int integerDigits = SkipDigits(s, ref i);
        int fractionDigits = 0;
        if (i < s.Length && s[i] == (byte)'.')
        {
            i++;
            fractionDigits = SkipDigits(s, ref i);
        }

        if (integerDigits + fractionDigits == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] | 0x20) == (byte)'e')
        {
            i++;
            if (i < s.Length && s[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            if (SkipDigits(s, ref i) == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int SkipDigits(ReadOnlySpan<byte> s, ref int i)
    {
        int start = i;
        while (i < s.Length && char.IsAsciiDigit((char)s[i]))
        {
            i++;
        }

        return i - start;
    }

    private static ReadOnlySpan<byte> TrimAsciiWhitespace(ReadOnlySpan<byte> s)
    {
        int start = 0;
        while (start < s.Length && IsAsciiWhitespace(s[start]))
        {
            start++;
        }

        int end = s.Length;
        while (end > start && IsAsciiWhitespace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    // Space, \t, \n, \v, \f, \r: Python's str.strip() set restricted to ASCII.
    private static bool IsAsciiWhitespace(byte b) => b == (byte)' ' || (b >= (byte)'\t' && b <= (byte)'\r');
}
