using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A JSON number as <see cref="decimal"/>: the literal's decimal value; beyond decimal's range it is out of range.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DecimalValue : IStrictJsonValue<decimal>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            slot = default;
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out error);
        }

        bool ok = reader.TryGetDecimal(out decimal value);
        slot = StrictJsonSlot.Of(value);
        if (!ok)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.OutOfRange, path, out error);
        }

        error = default;
        return true;
    }

    /// <inheritdoc/>
    public static decimal Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<decimal>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, decimal value, string path) => writer.WriteNumberValue(value);
}
