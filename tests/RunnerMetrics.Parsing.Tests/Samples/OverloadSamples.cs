using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>
/// Declares its own overloads of the generated names, with other parameters than the generated members: they are
/// overloads beside them, not collisions (SJ1012 is only for the generated signatures).
/// </summary>
[StrictJson]
public sealed partial class WithOverloads
{
    public int Id { get; set; }

    public string? Note { get; set; }

    /// <summary>Parses a document held as a string.</summary>
    public static WithOverloads Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    /// <summary>The generated <c>TryParse</c> with the error as text: same name, same first parameters, other out types.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [MaybeNullWhen(false)] out WithOverloads value, out string message)
    {
        bool ok = TryParse(utf8Json, out value, out StrictJsonError error);
        message = ok ? string.Empty : error.ToString();
        return ok;
    }

    /// <summary>Writes the value as UTF-8 JSON to a stream.</summary>
    public void WriteTo(Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream);
        WriteTo(writer);
    }
}
