using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>The reading every collection and dictionary shape shares.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrictJsonCollections
{
    /// <summary>Reads a JSON array's elements with <typeparamref name="TElement"/> into consecutive slots.</summary>
    public static bool TryReadElements<TElement>(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
        where TElement : IStrictJsonReadable
    {
        slot = default;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out error);
        }

        int mark = tape.PendingMark;
        int count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!TElement.TryRead(ref reader, tape, "$", out var element, out error))
            {
                error = error.WithinElement(path, count);
                return false;
            }

            tape.Push(element);
            count++;
        }

        slot = StrictJsonSlot.Range(tape.CommitPending(mark), count);
        error = default;
        return true;
    }

    /// <summary>
    /// Reads a JSON object as string keys (verbatim) and <typeparamref name="TValue"/> values into consecutive
    /// key and value slots; a repeated key is a duplicate member.
    /// </summary>
    public static bool TryReadEntries<TValue>(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
        where TValue : IStrictJsonReadable
    {
        slot = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out error);
        }

        int mark = tape.PendingMark;
        int count = 0;
        var keys = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!tape.TryAppendText(reader.ValueSpan, reader.ValueIsEscaped, out var key))
                {
                    return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.InvalidJson, path, out error);
                }

                if (!keys.Add(tape.TextOf(key)))
                {
                    error = StrictJsonReader.ErrorAt(ref reader, StrictJsonErrorKind.DuplicateMember, "$").WithinKey(path, StringValue.Build(tape, key));
                    return false;
                }

                reader.Read();
                if (!TValue.TryRead(ref reader, tape, "$", out var value, out error))
                {
                    error = error.WithinKey(path, StringValue.Build(tape, key));
                    return false;
                }

                tape.Push(key);
                tape.Push(value);
                count++;
            }
        }
        finally
        {
            keys.Dispose();
        }

        slot = StrictJsonSlot.Range(tape.CommitPending(mark), count * 2);
        error = default;
        return true;
    }
}
