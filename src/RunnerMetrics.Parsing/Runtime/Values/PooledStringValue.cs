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
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // The hot path of every interned member: as it was before it was shared.
    internal static bool TryGetPooled(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? pooled)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            return StrictJsonStringPool.Shared.TryGet(reader.ValueSpan, out pooled);
        }

        pooled = null;
        return false;
    }

    /// <inheritdoc/>
    public static string Build(StrictJsonTape tape, in StrictJsonSlot slot) =>
        slot.IsPooledString ? tape.StringOf(slot)
        : slot.Length == 0 ? string.Empty
        : StrictJsonStringPool.Shared.GetOrAdd(tape.TextOf(slot));

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, string value, string path) => StringValue.Write(writer, value, path);
}
