using System;
using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A <see cref="Guid"/> as a string in the hyphenated 8-4-4-4-12 form (either case); anything else is an invalid value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GuidValue : IStrictJsonValue<Guid>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        TextScalar.TryRead<Guid>(ref reader, path, StrictGuid.TryParse, out slot, out error);

    /// <inheritdoc/>
    public static Guid Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<Guid>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, Guid value, string path) => writer.WriteStringValue(value);
}
