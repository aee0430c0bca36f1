using System;
using System.ComponentModel;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>Reads a <see cref="Guid"/> in the hyphenated 8-4-4-4-12 form only.</summary>
/// <remarks>
/// A hand-written reader rather than <c>Guid.TryParseExact(…, "D")</c>, which trims whitespace and needs
/// chars: here every one of the 36 bytes is checked at its position, so nothing but hex digits (either case)
/// and the four hyphens can pass, and UTF-8 needs no transcoding.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrictGuid
{
    private const int Length = 36;

    /// <summary>
    /// Parses <c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c> (hex digits of either case) from the unescaped UTF-8
    /// content of a JSON string. Braces, parentheses, the 32-digit form, whitespace and anything else give false.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Guid value)
    {
        value = default;
        if (utf8.Length != Length
            || utf8[8] != (byte)'-' || utf8[13] != (byte)'-' || utf8[18] != (byte)'-' || utf8[23] != (byte)'-')
        {
            return false;
        }

        // A group with a non-hex byte reads as -1, so one sign test of the OR covers all five.
        long a = ReadHex(utf8.Slice(0, 8));
        long b = ReadHex(utf8.Slice(9, 4));
        long c = ReadHex(utf8.Slice(14, 4));
        long d = ReadHex(utf8.Slice(19, 4));
        long e = ReadHex(utf8.Slice(24, 12));
        if ((a | b | c | d | e) < 0)
        {
            return false;
        }

        value = new Guid(
            (uint)a,
            (ushort)b,
            (ushort)c,
            (byte)(d >> 8),
            (byte)d,
            (byte)(e >> 40),
            (byte)(e >> 32),
            (byte)(e >> 24),
            (byte)(e >> 16),
            (byte)(e >> 8),
            (byte)e);
        return true;
    }

    // The big-endian value of at most 15 hex digits, or -1 if any byte is not a hex digit.
    private static long ReadHex(ReadOnlySpan<byte> digits)
    {
        long value = 0;
        foreach (byte digit in digits)
        {
            int nibble = HexValue(digit);
            if (nibble < 0)
            {
                return -1;
            }

            value = (value << 4) | (uint)nibble;
        }

        return value;
    }

    private static int HexValue(byte b)
    {
        if ((uint)(b - '0') <= 9)
        {
            return b - '0';
        }

        // Setting bit 0x20 maps 'A'..'F' onto 'a'..'f' and no other byte onto that range.
        uint lower = (uint)((b | 0x20) - 'a');
        return lower <= 5 ? (int)lower + 10 : -1;
    }
}
