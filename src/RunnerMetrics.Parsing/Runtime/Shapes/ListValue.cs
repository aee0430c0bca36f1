using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// A JSON array as a <see cref="List{T}"/>, seen as <typeparamref name="TCollection"/>: <c>List&lt;T&gt;</c> itself or one
/// of the interfaces it implements (<c>IList</c>, <c>ICollection</c>, <c>IEnumerable</c>, <c>IReadOnlyList</c>, <c>IReadOnlyCollection</c>).
/// </summary>
/// <typeparam name="TCollection">The member's declared collection type.</typeparam>
/// <typeparam name="T">The element type.</typeparam>
/// <typeparam name="TElement">The element shape.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ListValue<TCollection, T, TElement> : IStrictJsonValue<TCollection>
    where TCollection : class, IEnumerable<T>
    where TElement : IStrictJsonValue<T>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        StrictJsonCollections.TryReadElements<TElement>(ref reader, tape, path, out slot, out error);

    /// <inheritdoc/>
    public static TCollection Build(StrictJsonTape tape, in StrictJsonSlot slot)
    {
        var elements = tape.SlotsOf(slot);
        var list = new List<T>(elements.Length);
        foreach (ref readonly var element in elements)
        {
            list.Add(TElement.Build(tape, element));
        }

        // The generator only picks this shape for types List<T> is (or implements).
        return (TCollection)(object)list;
    }

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, TCollection value, string path)
    {
        StrictJsonWriteChecks.NotNull(value, path);
        writer.WriteStartArray();
        int index = 0;
        try
        {
            if (value is List<T> list)
            {
                foreach (var item in CollectionsMarshal.AsSpan(list))
                {
                    TElement.Write(writer, item, path);
                    index++;
                }
            }
            else
            {
                foreach (var item in value)
                {
                    TElement.Write(writer, item, path);
                    index++;
                }
            }
        }
        catch (System.InvalidOperationException exception) when (StrictJsonWriteChecks.IsWriteCheck(exception))
        {
            throw StrictJsonWriteChecks.WithinElement(exception, path, index);
        }

        writer.WriteEndArray();
    }
}
