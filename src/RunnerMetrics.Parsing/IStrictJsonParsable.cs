using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace RunnerMetrics.Parsing;

/// <summary>A type with a generated strict JSON parser and writer (see <see cref="StrictJsonAttribute"/>).</summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IStrictJsonParsable<TSelf>
    where TSelf : IStrictJsonParsable<TSelf>
{
    /// <summary>Parses one strict JSON document; never throws for bad input.</summary>
    static abstract bool TryParse(ReadOnlySpan<byte> utf8Json, [MaybeNullWhen(false)] out TSelf value, out StrictJsonError error);

    /// <summary>Parses one strict JSON document.</summary>
    /// <exception cref="StrictJsonException">The document is rejected.</exception>
    static abstract TSelf Parse(ReadOnlySpan<byte> utf8Json);

    /// <summary>
    /// Reads one value whose first token is the reader's current token, leaving the reader on its
    /// last token. Paths in <paramref name="error"/> are relative to the value (<c>$</c>).
    /// </summary>
    static abstract bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out TSelf value, out StrictJsonError error);

    /// <summary>Writes the value as a JSON object that <see cref="Parse"/> reads back as an equal value.</summary>
    void WriteTo(Utf8JsonWriter writer);
}
