using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A JSON string from <see cref="StrictJsonStringPool.Shared"/>, so repeated values allocate nothing.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct PooledStringValue : IStrictJsonValue<string>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        // The steady state: the value is pooled already, so it is valid text and needs no copy (a lookup adds
        // nothing, so a document rejected later still allocates nothing).
        if (TryGetPooled(ref reader, out string? pooled))
        {
            slot = tape.AppendString(pooled);
            error = default;
            return true;
        }

        return StringValue.TryReadText(ref reader, tape, path, out slot, out error);
    }

    /// <summary>The string token's value when the pool has it (so it is valid text and costs nothing); otherwise false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryGetPooled(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? pooled)
    {
        pooled = null;
        return IsUnescapedString(ref reader) && StrictJsonStringPool.Shared.TryGet(reader.ValueSpan, out pooled);
    }

    /// <summary>
    /// <see cref="TryGetPooled(ref Utf8JsonReader, out string?)"/> that first compares the pool slot a member last
    /// found its value in (<paramref name="recentSlot"/>), and remembers where it finds it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryGetPooled(ref Utf8JsonReader reader, ref int recentSlot, [NotNullWhen(true)] out string? pooled)
    {
        pooled = null;
        return IsUnescapedString(ref reader) && StrictJsonStringPool.Shared.TryGet(reader.ValueSpan, ref recentSlot, out pooled);
    }

    // Only unescaped text can be looked up as it stands in the document.
    private static bool IsUnescapedString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;

    /// <inheritdoc/>
    public static string Build(StrictJsonTape tape, in StrictJsonSlot slot) =>
        slot.IsPooledString ? tape.StringOf(slot)
        : slot.Length == 0 ? string.Empty
        : StrictJsonStringPool.Shared.GetOrAdd(tape.TextOf(slot));

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, string value, string path) => StringValue.Write(writer, value, path);
}
