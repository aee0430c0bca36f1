using System;
using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A <see cref="DateTimeOffset"/> as an RFC 3339 date-time; the offset is kept; anything else is an invalid value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DateTimeOffsetValue : IStrictJsonValue<DateTimeOffset>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        TextScalar.TryRead<DateTimeOffset>(ref reader, path, Rfc3339.TryParseDateTimeOffset, out slot, out error);

    /// <inheritdoc/>
    public static DateTimeOffset Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<DateTimeOffset>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, DateTimeOffset value, string path) => Rfc3339.Write(writer, value);
}
