using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace RunnerMetrics.Parsing.Tests.Differential;

/// <summary>
/// What we reject that System.Text.Json (strict) accepts: each value is a row of docs/strictness.md, and the
/// differential test fails on any disagreement it can't put in one of them.
/// </summary>
public enum StricterRule
{
    DateTimeWithoutSeconds,
    DateTimeWithoutOffset,
    DateWithoutTime,
    DateTimeEmptyFraction,
    OffsetWithoutMinutes,
    EnumNameList,
    EnumNameWithSpaces,
    DoubleOverflow,
    DuplicateSkippedMember,
    LoneSurrogateInSkippedString,
    InvalidUtf8InSkippedString,
}

/// <summary>Puts a document we reject (and System.Text.Json accepts) into a <see cref="StricterRule"/>, from our error alone.</summary>
internal static partial class StricterRules
{
    /// <summary>The rule our error is an instance of, or null when it is none of them (a disagreement to look at).</summary>
    /// <param name="document">The document.</param>
    /// <param name="error">Our error.</param>
    /// <param name="skippingRootMembers">For a type that skips unknown members, the names of its own members.</param>
    public static StricterRule? Classify(ReadOnlySpan<byte> document, StrictJsonError error, IReadOnlySet<string>? skippingRootMembers = null)
    {
        var bytes = TokenBytesAt(document, error.BytePosition);
        if (error.Kind is StrictJsonErrorKind.InvalidJson && skippingRootMembers is not null && bytes.Length > 0 && bytes[0] == (byte)'"')
        {
            if (!Utf8.IsValid(bytes))
            {
                return StricterRule.InvalidUtf8InSkippedString;
            }

            if (HasLoneSurrogateEscape(Encoding.UTF8.GetString(bytes)))
            {
                return StricterRule.LoneSurrogateInSkippedString;
            }
        }

        string token = DifferentialOutcome.Show(bytes);
        if (error is { Kind: StrictJsonErrorKind.DuplicateMember, Path: "$" } && skippingRootMembers is not null
            && Unescaped(token) is { } name && !skippingRootMembers.Contains(name))
        {
            return StricterRule.DuplicateSkippedMember;
        }

        string member = MemberOf(error.Path);
        return (error.Kind, member) switch
        {
            (StrictJsonErrorKind.InvalidValue, "at" or "maybe_at") when WithoutSeconds().IsMatch(token) => StricterRule.DateTimeWithoutSeconds,
            (StrictJsonErrorKind.InvalidValue, "at" or "maybe_at") when WithoutOffset().IsMatch(token) => StricterRule.DateTimeWithoutOffset,
            (StrictJsonErrorKind.InvalidValue, "at" or "maybe_at") when DateOnly().IsMatch(token) => StricterRule.DateWithoutTime,
            (StrictJsonErrorKind.InvalidValue, "at" or "maybe_at") when EmptyFraction().IsMatch(token) => StricterRule.DateTimeEmptyFraction,
            (StrictJsonErrorKind.InvalidValue, "at" or "maybe_at") when HourOffset().IsMatch(token) => StricterRule.OffsetWithoutMinutes,
            (StrictJsonErrorKind.InvalidValue, "shade" or "maybe_shade") when token.Contains(',', StringComparison.Ordinal) && token.Trim('"').Split(',').All(IsShade) => StricterRule.EnumNameList,
            (StrictJsonErrorKind.InvalidValue, "shade" or "maybe_shade") when IsShade(token.Trim('"')) => StricterRule.EnumNameWithSpaces,
            (StrictJsonErrorKind.OutOfRange, "ratio" or "maybe_ratio") when token.Length > 0 && token[0] is '-' or (>= '0' and <= '9') => StricterRule.DoubleOverflow,
            _ => null,
        };
    }

    /// <summary>A JSON string token's value, or null when it is not a valid string.</summary>
    private static string? Unescaped(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<string>(token);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A name of <see cref="Shade"/>, once the spaces around it are trimmed.</summary>
    private static bool IsShade(string name) => name.Trim(' ') is "light" or "dark" or "high_contrast";

    /// <summary>The last member name of an error path: <c>$.inner.code</c> → <c>code</c>, <c>$.counts['a']</c> and <c>$.numbers[1]</c> → the collection.</summary>
    public static string MemberOf(string path)
    {
        var match = LastMember().Match(path);
        return match.Success ? match.Groups[1].Value : "";
    }

    /// <summary>The JSON token that starts at <paramref name="position"/> (a whole string, or up to the next delimiter), as text.</summary>
    public static string TokenAt(ReadOnlySpan<byte> document, long position) => DifferentialOutcome.Show(TokenBytesAt(document, position));

    private static ReadOnlySpan<byte> TokenBytesAt(ReadOnlySpan<byte> document, long position)
    {
        if (position < 0 || position >= document.Length)
        {
            return [];
        }

        int start = (int)position;
        int end = start + 1;
        if (document[start] == (byte)'"')
        {
            while (end < document.Length && document[end] != (byte)'"')
            {
                end += document[end] == (byte)'\\' ? 2 : 1;
            }

            end = Math.Min(end + 1, document.Length);
        }
        else
        {
            while (end < document.Length && document[end] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                end++;
            }
        }

        return document[start..end];
    }

    /// <summary>Whether JSON string text holds a <c>\\uD800</c>-style escape of a surrogate that has no partner.</summary>
    private static bool HasLoneSurrogateEscape(string json)
    {
        var escapes = SurrogateEscape().Matches(json);
        for (int i = 0; i < escapes.Count; i++)
        {
            bool high = escapes[i].Groups[1].Value[0] is '8' or '9' or 'a' or 'b' or 'A' or 'B';
            bool pairedHigh = high && i + 1 < escapes.Count && escapes[i + 1].Index == escapes[i].Index + escapes[i].Length
                && escapes[i + 1].Groups[1].Value[0] is 'c' or 'd' or 'e' or 'f' or 'C' or 'D' or 'E' or 'F';
            if (!pairedHigh)
            {
                return true;
            }

            i += high ? 1 : 0;
        }

        return false;
    }

    [GeneratedRegex(@"\.([a-z_]+)(\[[^\]]*\])*$")]
    private static partial Regex LastMember();

    [GeneratedRegex(@"^""\d{4}-\d\d-\d\dT\d\d:\d\d(Z|[+-]\d\d:\d\d)?""$")]
    private static partial Regex WithoutSeconds();

    [GeneratedRegex(@"^""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?""$")]
    private static partial Regex WithoutOffset();

    [GeneratedRegex(@"^""\d{4}-\d\d-\d\d""$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.(Z|[+-]\d\d:\d\d)""$")]
    private static partial Regex EmptyFraction();

    [GeneratedRegex(@"^""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d""$")]
    private static partial Regex HourOffset();

    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\\u[dD]([89a-fA-F])[0-9a-fA-F]{2}")]
    private static partial Regex SurrogateEscape();
}
