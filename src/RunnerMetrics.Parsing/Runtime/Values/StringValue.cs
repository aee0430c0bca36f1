using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A JSON string as a new <see cref="string"/>, made only once the whole document is accepted.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct StringValue : IStrictJsonValue<string>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        TryReadText(ref reader, tape, path, out slot, out error);

    /// <inheritdoc/>
    public static string Build(StrictJsonTape tape, in StrictJsonSlot slot) =>
        slot.Length == 0 ? string.Empty : Encoding.UTF8.GetString(tape.TextOf(slot));

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, string value, string path)
    {
        StrictJsonWriteChecks.NotNull(value, path);
        StrictJsonWriteChecks.ValidText(value, path);
        writer.WriteStringValue(value);
    }

    /// <summary>Validates a string token and keeps its unescaped text on the tape.</summary>
    internal static bool TryReadText(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            slot = default;
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out error);
        }

        if (!tape.TryAppendText(reader.ValueSpan, reader.ValueIsEscaped, out slot))
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.InvalidJson, path, out error);
        }

        error = default;
        return true;
    }
}
