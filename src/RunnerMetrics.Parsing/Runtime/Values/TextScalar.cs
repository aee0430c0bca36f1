using System;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>Reading a scalar written as a short JSON string (a date, a guid): parsed from the bytes, never as a string.</summary>
internal static class TextScalar
{
    // Longer than any date or guid form, escaped or not: a longer token can't be valid anyway.
    public const int MaxLength = 64;

    public delegate bool Parser<T>(ReadOnlySpan<byte> utf8, out T value);

    /// <summary>Parses the string token with <paramref name="parse"/>; a token that does not parse is an invalid value.</summary>
    public static bool TryRead<T>(ref Utf8JsonReader reader, string path, Parser<T> parse, out StrictJsonSlot slot, out StrictJsonError error)
        where T : unmanaged
    {
        slot = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out error);
        }

        Span<byte> scratch = stackalloc byte[MaxLength];
        if (!StrictJsonReader.TryGetUnescaped(reader.ValueSpan, reader.ValueIsEscaped, scratch, out var text) || !parse(text, out T value))
        {
            return StrictJsonReader.FailUnmatched(ref reader, StrictJsonErrorKind.InvalidValue, path, out error);
        }

        slot = StrictJsonSlot.Of(value);
        error = default;
        return true;
    }
}
