using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A finite JSON number as <see cref="double"/>; <c>1e400</c> is out of range rather than infinity.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DoubleValue : IStrictJsonValue<double>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        bool ok = StrictJsonReader.TryReadDouble(ref reader, path, out double value, out error);
        slot = StrictJsonSlot.Of(value);
        return ok;
    }

    /// <inheritdoc/>
    public static double Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<double>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, double value, string path)
    {
        StrictJsonWriteChecks.Finite(value, path);
        writer.WriteNumberValue(value);
    }
}
