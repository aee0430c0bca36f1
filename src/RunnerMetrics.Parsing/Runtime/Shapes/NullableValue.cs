using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A <see cref="System.Nullable{T}"/>: JSON <c>null</c>, or what <typeparamref name="TInner"/> reads.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TInner">The shape of a non-null value.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct NullableValue<T, TInner> : IStrictJsonValue<T?>
    where T : struct
    where TInner : IStrictJsonValue<T>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            slot = StrictJsonSlot.NullValue;
            error = default;
            return true;
        }

        return TInner.TryRead(ref reader, tape, path, out slot, out error);
    }

    /// <inheritdoc/>
    public static T? Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.IsNull ? null : TInner.Build(tape, slot);

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, T? value, string path)
    {
        if (value is { } present)
        {
            TInner.Write(writer, present, path);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
