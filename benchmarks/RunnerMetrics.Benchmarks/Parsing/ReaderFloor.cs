using System;
using System.Text.Json;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>The floor for any <see cref="Utf8JsonReader"/>-based parser: tokenize the document, read no value.</summary>
public static class ReaderFloor
{
    public static long ReadAll(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document);
        while (reader.Read())
        {
        }

        return reader.BytesConsumed;
    }
}
