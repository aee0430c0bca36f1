using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A JSON array as <typeparamref name="T"/>[].</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <typeparam name="TElement">The element shape.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ArrayValue<T, TElement> : IStrictJsonValue<T[]>
    where TElement : IStrictJsonValue<T>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        StrictJsonCollections.TryReadElements<TElement>(ref reader, tape, path, out slot, out error);

    /// <inheritdoc/>
    public static T[] Build(StrictJsonTape tape, in StrictJsonSlot slot)
    {
        var elements = tape.SlotsOf(slot);
        if (elements.IsEmpty)
        {
            return [];
        }

        var array = new T[elements.Length];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = TElement.Build(tape, elements[i]);
        }

        return array;
    }

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, T[] value, string path)
    {
        StrictJsonWriteChecks.NotNull(value, path);
        writer.WriteStartArray();
        int index = 0;
        try
        {
            for (; index < value.Length; index++)
            {
                TElement.Write(writer, value[index], path);
            }
        }
        catch (System.InvalidOperationException exception) when (StrictJsonWriteChecks.IsWriteCheck(exception))
        {
            throw StrictJsonWriteChecks.WithinElement(exception, path, index);
        }

        writer.WriteEndArray();
    }
}
