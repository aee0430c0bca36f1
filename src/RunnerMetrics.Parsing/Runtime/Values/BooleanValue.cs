using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>JSON <c>true</c> and <c>false</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct BooleanValue : IStrictJsonValue<bool>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        bool ok = StrictJsonReader.TryReadBoolean(ref reader, path, out bool value, out error);
        slot = StrictJsonSlot.Of(value);
        return ok;
    }

    /// <inheritdoc/>
    public static bool Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<bool>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, bool value, string path) => writer.WriteBooleanValue(value);
}
