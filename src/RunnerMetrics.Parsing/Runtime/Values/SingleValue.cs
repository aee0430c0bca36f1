using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A JSON number as <see cref="float"/>, finite after rounding (<c>1e39</c> is out of range).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct SingleValue : IStrictJsonValue<float>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            slot = default;
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out error);
        }

        bool ok = reader.TryGetSingle(out float value) && float.IsFinite(value);
        slot = StrictJsonSlot.Of(value);
        if (!ok)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.OutOfRange, path, out error);
        }

        error = default;
        return true;
    }

    /// <inheritdoc/>
    public static float Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<float>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, float value, string path)
    {
        StrictJsonWriteChecks.Finite(value, path);
        writer.WriteNumberValue(value);
    }
}
