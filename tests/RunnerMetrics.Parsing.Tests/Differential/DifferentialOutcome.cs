using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RunnerMetrics.Parsing.Tests.Differential;

/// <summary>What each parser made of one document.</summary>
internal readonly record struct DifferentialOutcome<T>(T? Ours, StrictJsonError Error, T? Theirs, JsonException? TheirError)
    where T : class, IStrictJsonParsable<T>
{
    public static DifferentialOutcome<T> Of(byte[] document, JsonTypeInfo<T> theirs)
    {
        T? ours;
        StrictJsonError error;
        try
        {
            ours = T.TryParse(document, out var value, out error) ? value : null;
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException($"TryParse threw for {DifferentialOutcome.Show(document)}", exception);
        }

        try
        {
            // A document "null" gives null: a rejection for a required root. SJ2001 steers users to the strict
            // parser; here System.Text.Json is the reference on purpose.
#pragma warning disable SJ2001
            return new(ours, error, JsonSerializer.Deserialize(document, theirs), null);
#pragma warning restore SJ2001
        }
        catch (JsonException exception)
        {
            return new(ours, error, null, exception);
        }
    }

}

internal static class DifferentialOutcome
{
    /// <summary>The document as text when it is valid UTF-8, else as hex, for failure messages.</summary>
    public static string Show(ReadOnlySpan<byte> document)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(document);
        }
        catch (ArgumentException)
        {
            return "hex " + Convert.ToHexString(document);
        }
    }
}
