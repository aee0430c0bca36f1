using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// A JSON object as a <see cref="Dictionary{TKey, TValue}"/> with string keys taken verbatim, seen as
/// <typeparamref name="TDictionary"/>: <c>Dictionary</c>, <c>IDictionary</c> or <c>IReadOnlyDictionary</c>.
/// </summary>
/// <typeparam name="TDictionary">The member's declared dictionary type.</typeparam>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TValue">The value shape.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DictionaryValue<TDictionary, T, TValue> : IStrictJsonValue<TDictionary>
    where TDictionary : class, IEnumerable<KeyValuePair<string, T>>
    where TValue : IStrictJsonValue<T>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error) =>
        StrictJsonCollections.TryReadEntries<TValue>(ref reader, tape, path, out slot, out error);

    /// <inheritdoc/>
    public static TDictionary Build(StrictJsonTape tape, in StrictJsonSlot slot)
    {
        var entries = tape.SlotsOf(slot);
        var dictionary = new Dictionary<string, T>(entries.Length / 2);
        for (int i = 0; i < entries.Length; i += 2)
        {
            dictionary.Add(StringValue.Build(tape, entries[i]), TValue.Build(tape, entries[i + 1]));
        }

        // The generator only picks this shape for types Dictionary<string, T> is (or implements).
        return (TDictionary)(object)dictionary;
    }

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, TDictionary value, string path)
    {
        StrictJsonWriteChecks.NotNull(value, path);
        writer.WriteStartObject();
        if (value is Dictionary<string, T> dictionary)
        {
            foreach (var (key, item) in dictionary)
            {
                WriteEntry(writer, key, item, path);
            }
        }
        else
        {
            foreach (var (key, item) in value)
            {
                WriteEntry(writer, key, item, path);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter writer, string key, T item, string path)
    {
        StrictJsonWriteChecks.ValidText(key, path);
        writer.WritePropertyName(key);
        try
        {
            TValue.Write(writer, item, path);
        }
        catch (System.InvalidOperationException exception) when (StrictJsonWriteChecks.IsWriteCheck(exception))
        {
            throw StrictJsonWriteChecks.WithinKey(exception, path, key);
        }
    }
}
