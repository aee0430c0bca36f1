using System;
using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A <see cref="DateOnly"/> as an RFC 3339 full-date; anything else is an invalid value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DateOnlyValue : IStrictJsonValue<DateOnly>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        TextScalar.TryRead<DateOnly>(ref reader, path, Rfc3339.TryParseDateOnly, out slot, out error);

    /// <inheritdoc/>
    public static DateOnly Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<DateOnly>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, DateOnly value, string path) => Rfc3339.Write(writer, value);
}
