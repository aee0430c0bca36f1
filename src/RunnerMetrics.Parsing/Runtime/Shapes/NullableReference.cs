using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A nullable reference: JSON <c>null</c>, or what <typeparamref name="TInner"/> reads.</summary>
/// <typeparam name="T">The reference type.</typeparam>
/// <typeparam name="TInner">The shape of a non-null value.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct NullableReference<T, TInner> : IStrictJsonValue<T?>
    where T : class
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
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            TInner.Write(writer, value, path);
        }
    }
}
