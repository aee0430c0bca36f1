using System.Collections.Immutable;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A JSON array as an <see cref="ImmutableArray{T}"/>, built over its array without a copy.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <typeparam name="TElement">The element shape.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ImmutableArrayValue<T, TElement> : IStrictJsonValue<ImmutableArray<T>>
    where TElement : IStrictJsonValue<T>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        StrictJsonCollections.TryReadElements<TElement>(ref reader, tape, path, out slot, out error);

    /// <inheritdoc/>
    public static ImmutableArray<T> Build(StrictJsonTape tape, in StrictJsonSlot slot) =>
        ImmutableCollectionsMarshal.AsImmutableArray(ArrayValue<T, TElement>.Build(tape, slot));

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, ImmutableArray<T> value, string path)
    {
        if (value.IsDefault)
        {
            StrictJsonWriteChecks.Throw(path, "is a default ImmutableArray, which has no elements to write");
        }

        // The same elements as the array it wraps, written the same way.
        ArrayValue<T, TElement>.Write(writer, ImmutableCollectionsMarshal.AsArray(value)!, path);
    }
}
