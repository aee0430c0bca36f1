using System;
using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A <see cref="DateTime"/> as an RFC 3339 date-time, returned as its UTC instant (written with Z); anything else is an invalid value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DateTimeValue : IStrictJsonValue<DateTime>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        TextScalar.TryRead<DateTime>(ref reader, path, Rfc3339.TryParseDateTime, out slot, out error);

    /// <inheritdoc/>
    public static DateTime Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<DateTime>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, DateTime value, string path) => Rfc3339.Write(writer, value);
}
