using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// Turns a file name or link target of arbitrary bytes into a string for logs and tar entries.
/// </summary>
/// <remarks>
/// Valid UTF-8 is kept as is, except '%', which becomes <c>%25</c>; every byte of an invalid
/// sequence becomes <c>%XX</c> (upper-case hex). The mapping is reversible, so two different raw
/// names never share an escaped name. Example: <c>caf\xE9.txt</c> → <c>caf%E9.txt</c>, <c>100%</c> → <c>100%25</c>.
/// </remarks>
public static class EntryNameEscaping
{
    /// <summary>Escapes <paramref name="name"/> as described on the type.</summary>
    /// <param name="name">The raw bytes of a name or path.</param>
    /// <returns>A string that round-trips through <see cref="Unescape"/>.</returns>
    public static string Escape(ReadOnlySpan<byte> name)
    {
        var builder = new StringBuilder(name.Length);
        while (!name.IsEmpty)
        {
            OperationStatus status = Rune.DecodeFromUtf8(name, out Rune rune, out int consumed);
            if (status != OperationStatus.Done)
            {
                for (int i = 0; i < consumed; i++)
                {
                    AppendEscaped(builder, name[i]);
                }
            }
            else if (rune.Value == '%')
            {
                AppendEscaped(builder, (byte)'%');
            }
            else
            {
                builder.Append(rune.ToString());
            }

            name = name[consumed..];
        }

        return builder.ToString();
    }

    /// <summary>The raw bytes <see cref="Escape"/> was given.</summary>
    /// <param name="escaped">An escaped name.</param>
    /// <returns>The original bytes.</returns>
    /// <exception cref="FormatException">A '%' is not followed by two hex digits.</exception>
    public static byte[] Unescape(string escaped)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        var bytes = new List<byte>(escaped.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '%')
            {
                if (i + 2 >= escaped.Length || !IsHex(escaped[i + 1]) || !IsHex(escaped[i + 2]))
                {
                    throw new FormatException($"Invalid escape at index {i}.");
                }

                bytes.Add((byte)((HexValue(escaped[i + 1]) << 4) | HexValue(escaped[i + 2])));
                i += 2;
                continue;
            }

            Rune.DecodeFromUtf16(escaped.AsSpan(i), out Rune rune, out int used);
            int length = rune.EncodeToUtf8(utf8);
            for (int j = 0; j < length; j++)
            {
                bytes.Add(utf8[j]);
            }

            i += used - 1;
        }

        return bytes.ToArray();
    }

    private static void AppendEscaped(StringBuilder builder, byte value)
    {
        const string Hex = "0123456789ABCDEF";
        builder.Append('%').Append(Hex[value >> 4]).Append(Hex[value & 0xF]);
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
