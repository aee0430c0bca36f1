using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A nested <c>[StrictJson]</c> object.</summary>
/// <typeparam name="T">The generated type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ObjectValue<T> : IStrictJsonValue<T>
    where T : IStrictJsonObject<T>, IStrictJsonParsable<T>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        if (!T.TryReadSlots(ref reader, tape, out int block, out error))
        {
            // An element's path is "$" until its collection adds the index: nothing to add here.
            error = path.Length == 1 ? error : error.WithinMember(path);
            slot = default;
            return false;
        }

        slot = StrictJsonSlot.Range(block, 0);
        return true;
    }

    /// <inheritdoc/>
    public static T Build(StrictJsonTape tape, in StrictJsonSlot slot) => T.Build(tape, slot.Start);

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, T value, string path)
    {
        if (!typeof(T).IsValueType)
        {
            StrictJsonWriteChecks.NotNull(value, path);
        }

        try
        {
            value.WriteTo(writer);
        }
        catch (System.InvalidOperationException exception) when (StrictJsonWriteChecks.IsWriteCheck(exception))
        {
            // The nested type names its members from its own root; name them from this member instead.
            throw StrictJsonWriteChecks.WithinMember(exception, path);
        }
    }
}
