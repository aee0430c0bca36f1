using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// The building blocks generated parsers are made of. Each reads the reader's current token, reports a
/// rejection as a <see cref="StrictJsonError"/> (never an exception), and allocates only the value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrictJsonReader
{
    /// <summary>The nesting depth a document may reach.</summary>
    public const int MaxDepth = 64;

    // From this size on, one vectorized UTF-8 check of the whole document beats checking each string.
    private const int WholeDocumentUtf8Check = 512;

    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = MaxDepth,
    };

    /// <summary>A reader with the strict options over a whole document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Utf8JsonReader Create(ReadOnlySpan<byte> utf8Json) => new(utf8Json, s_options);

    /// <summary>Moves to the document's first token; a BOM or an empty document is invalid.</summary>
    public static bool TryStartDocument(ReadOnlySpan<byte> utf8Json, ref Utf8JsonReader reader, out StrictJsonError error)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            error = new StrictJsonError(StrictJsonErrorKind.InvalidJson, "$", 0);
            return false;
        }

        reader.Read(); // Throws JsonException for an empty or whitespace-only document.
        error = default;
        return true;
    }

    /// <summary>
    /// Moves to the document's first token, and checks the whole document's UTF-8 at once (vectorized: far cheaper
    /// than a check per string), so that <paramref name="tape"/> skips the checks of each string.
    /// </summary>
    public static bool TryStartDocument(ReadOnlySpan<byte> utf8Json, ref Utf8JsonReader reader, StrictJsonTape tape, out StrictJsonError error)
    {
        ArgumentNullException.ThrowIfNull(tape);

        // A small document has few strings to check one by one (and pooled ones need no check at all).
        tape.DocumentIsValidUtf8 = utf8Json.Length >= WholeDocumentUtf8Check && System.Text.Unicode.Utf8.IsValid(utf8Json);
        return TryStartDocument(utf8Json, ref reader, out error);
    }

    /// <summary>Checks nothing but whitespace follows the value the reader ends on.</summary>
    public static bool TryEndDocument(ref Utf8JsonReader reader, out StrictJsonError error)
    {
        // With a single final block, the reader throws for anything after the root value.
        if (reader.Read())
        {
            error = new StrictJsonError(StrictJsonErrorKind.InvalidJson, "$", reader.TokenStartIndex);
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>
    /// Sets <paramref name="error"/> to the error for a syntax error the reader threw for, its position made
    /// absolute. Through <see langword="out"/> and never inlined, as <see cref="Fail"/> is.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void InvalidJson(ReadOnlySpan<byte> utf8Json, JsonException exception, out StrictJsonError error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        long line = exception.LineNumber ?? 0;
        long position = 0;
        while (line > 0)
        {
            int newline = utf8Json[(int)position..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            position += newline + 1;
            line--;
        }

        position = Math.Min(position + (exception.BytePositionInLine ?? 0), utf8Json.Length);
        error = new StrictJsonError(StrictJsonErrorKind.InvalidJson, "$", position);
    }

    /// <summary>An error at the reader's current token.</summary>
    public static StrictJsonError ErrorAt(ref Utf8JsonReader reader, StrictJsonErrorKind kind, string path) =>
        new(kind, path, reader.TokenStartIndex);

    /// <summary>
    /// Sets <paramref name="error"/> to an error at the reader's current token and returns false. Never inlined, and
    /// writing through <see langword="out"/>: an inlined error (a struct holding strings) would add a temporary
    /// that the caller's prologue must zero on every call, failing or not.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool Fail(ref Utf8JsonReader reader, StrictJsonErrorKind kind, string path, out StrictJsonError error)
    {
        error = new(kind, path, reader.TokenStartIndex);
        return false;
    }

    /// <summary><see cref="Fail"/> with <see cref="UnmatchedTextAt"/>'s error.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool FailUnmatched(ref Utf8JsonReader reader, StrictJsonErrorKind kind, string path, out StrictJsonError error)
    {
        error = UnmatchedTextAt(ref reader, kind, path);
        return false;
    }

    /// <summary>
    /// The error for a name or string token that matched none of the expected texts: <paramref name="kind"/>, or
    /// <see cref="StrictJsonErrorKind.InvalidJson"/> when the token is not valid Unicode, which the reader lets through.
    /// </summary>
    public static StrictJsonError UnmatchedTextAt(ref Utf8JsonReader reader, StrictJsonErrorKind kind, string path) =>
        ErrorAt(ref reader, JsonStringUnescaper.IsValid(reader.ValueSpan, reader.ValueIsEscaped) ? kind : StrictJsonErrorKind.InvalidJson, path);

    /// <summary>Reads a JSON <c>true</c> or <c>false</c>.</summary>
    public static bool TryReadBoolean(ref Utf8JsonReader reader, string path, out bool value, out StrictJsonError error)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                error = default;
                return true;
            case JsonTokenType.False:
                value = false;
                error = default;
                return true;
            default:
                return Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out value, out error);
        }
    }

    /// <summary>Reads a finite number; <c>1e400</c> is out of range rather than infinity.</summary>
    public static bool TryReadDouble(ref Utf8JsonReader reader, string path, out double value, out StrictJsonError error)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out value, out error);
        }

        // Numbers are never escaped, so ValueSpan is the number's text (one segment: the reader has the whole document).
        if (FastDecimalParser.TryParse(reader.ValueSpan, out value)
            || (reader.TryGetDouble(out value) && double.IsFinite(value)))
        {
            error = default;
            return true;
        }

        return Fail(ref reader, StrictJsonErrorKind.OutOfRange, path, out value, out error);
    }

    /// <summary>
    /// Gets a string token's unescaped UTF-8 (<paramref name="raw"/> is its <c>ValueSpan</c>), using
    /// <paramref name="scratch"/> when it is escaped. Returns false when it does not fit (so it can't be any
    /// of the caller's names) or is not valid Unicode.
    /// </summary>
    public static bool TryGetUnescaped(ReadOnlySpan<byte> raw, bool isEscaped, Span<byte> scratch, out ReadOnlySpan<byte> utf8)
    {
        if (!isEscaped)
        {
            utf8 = raw;
            return true;
        }

        // Unescaping never lengthens, so a raw token longer than the scratch can't match a name that fits it.
        if (raw.Length > scratch.Length)
        {
            utf8 = default;
            return false;
        }

        int length = JsonStringUnescaper.Unescape(raw, scratch);
        utf8 = length == JsonStringUnescaper.Invalid ? default : scratch[..length];
        return length != JsonStringUnescaper.Invalid;
    }

    /// <summary>
    /// Skips the value after an unknown member name (the current token) with full validation: every string
    /// and name in it must be valid Unicode (in a document known to be valid UTF-8, only escaped ones need a
    /// check, for lone surrogate escapes). Leaves the reader on the value's last token.
    /// </summary>
    public static bool TrySkipValue(ref Utf8JsonReader reader, bool documentIsValidUtf8, string path, out StrictJsonError error)
    {
        reader.Read();
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            int depth = reader.CurrentDepth;
            while (reader.Read() && (reader.CurrentDepth > depth || reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray)))
            {
                if (!IsValidIfText(ref reader, documentIsValidUtf8))
                {
                    return Fail(ref reader, StrictJsonErrorKind.InvalidJson, path, out error);
                }
            }
        }
        else if (!IsValidIfText(ref reader, documentIsValidUtf8))
        {
            return Fail(ref reader, StrictJsonErrorKind.InvalidJson, path, out error);
        }

        error = default;
        return true;
    }

    private static bool IsValidIfText(ref Utf8JsonReader reader, bool documentIsValidUtf8) =>
        reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)
        || (documentIsValidUtf8 && !reader.ValueIsEscaped)
        || JsonStringUnescaper.IsValid(reader.ValueSpan, reader.ValueIsEscaped);

    internal static StrictJsonErrorKind IntegerErrorKind(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.Number ? StrictJsonErrorKind.UnexpectedToken
        : reader.ValueSpan.IndexOfAny(".eE"u8) >= 0 ? StrictJsonErrorKind.InvalidValue
        : StrictJsonErrorKind.OutOfRange;

    private static bool Fail<T>(ref Utf8JsonReader reader, StrictJsonErrorKind kind, string path, out T value, out StrictJsonError error)
    {
        value = default!;
        return Fail(ref reader, kind, path, out error);
    }
}
