using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// Unescapes JSON string contents to UTF-8 and rejects what <see cref="System.Text.Json.Utf8JsonReader"/>
/// lets through: invalid UTF-8 and lone surrogate escapes (<c>\ud800</c>).
/// </summary>
public static class JsonStringUnescaper
{
    /// <summary>Returned by <see cref="Unescape"/> for text that is not valid Unicode.</summary>
    public const int Invalid = -1;

    /// <summary>
    /// Writes the unescaped UTF-8 of <paramref name="escaped"/> (a string token's raw bytes, whose escape
    /// syntax the reader has checked) into <paramref name="destination"/>, which must be at least as long.
    /// Returns the byte count, or <see cref="Invalid"/>.
    /// </summary>
    public static int Unescape(ReadOnlySpan<byte> escaped, Span<byte> destination)
    {
        int written = 0;
        while (true)
        {
            int backslash = escaped.IndexOf((byte)'\\');
            var literal = backslash < 0 ? escaped : escaped[..backslash];
            if (!Utf8.IsValid(literal))
            {
                return Invalid;
            }

            literal.CopyTo(destination[written..]);
            written += literal.Length;
            if (backslash < 0)
            {
                return written;
            }

            escaped = escaped[(backslash + 1)..];
            byte code = escaped[0];
            if (code != (byte)'u')
            {
                destination[written++] = code switch
                {
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    _ => code, // '"', '\\' and '/' stand for themselves.
                };
                escaped = escaped[1..];
                continue;
            }

            int scalar = ParseHex4(escaped.Slice(1, 4));
            escaped = escaped[5..];
            if (char.IsLowSurrogate((char)scalar))
            {
                return Invalid;
            }

            if (char.IsHighSurrogate((char)scalar))
            {
                if (escaped.Length < 6 || escaped[0] != (byte)'\\' || escaped[1] != (byte)'u')
                {
                    return Invalid;
                }

                int low = ParseHex4(escaped.Slice(2, 4));
                if (!char.IsLowSurrogate((char)low))
                {
                    return Invalid;
                }

                scalar = char.ConvertToUtf32((char)scalar, (char)low);
                escaped = escaped[6..];
            }

            written += new Rune(scalar).EncodeToUtf8(destination[written..]);
        }
    }

    /// <summary>Whether a string token's raw bytes are valid once unescaped, without keeping the result.</summary>
    public static bool IsValid(ReadOnlySpan<byte> raw, bool isEscaped)
    {
        if (!isEscaped)
        {
            return Utf8.IsValid(raw);
        }

        const int StackLimit = 256;
        byte[]? rented = null;
        Span<byte> scratch = raw.Length <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        bool valid = Unescape(raw, scratch) != Invalid;
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return valid;
    }

    private static int ParseHex4(ReadOnlySpan<byte> hex)
    {
        // The reader has already checked these are four hex digits.
        int value = 0;
        foreach (byte digit in hex)
        {
            value = (value << 4) | (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return value;
    }
}
