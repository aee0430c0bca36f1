using System;
using System.Collections.Generic;
using System.Linq;

namespace RunnerMetrics.Parsing.Tests.Differential;

/// <summary>
/// Field-by-field equality of what the two parsers read, exact where .NET equality is loose: doubles bit for
/// bit (so <c>-0</c> is not <c>0</c>), decimals with their scale, dates with their offset.
/// </summary>
internal static class DifferentialEquality
{
    /// <summary>Null when equal, else the first member that differs with both values.</summary>
    public static string? Difference(DifferentialSample ours, DifferentialSample theirs) =>
        Compare("count", ours.Count, theirs.Count)
        ?? Compare("total", ours.Total, theirs.Total)
        ?? Compare("level", ours.Level, theirs.Level)
        ?? Compare("mask", ours.Mask, theirs.Mask)
        ?? Compare("ratio", Bits(ours.Ratio), Bits(theirs.Ratio))
        ?? Compare("amount", Exact(ours.Amount), Exact(theirs.Amount))
        ?? Compare("name", ours.Name, theirs.Name)
        ?? Compare("enabled", ours.Enabled, theirs.Enabled)
        ?? Compare("shade", ours.Shade, theirs.Shade)
        ?? Compare("at", Exact(ours.At), Exact(theirs.At))
        ?? Compare("id", ours.Id, theirs.Id)
        ?? Compare("numbers", string.Join(",", ours.Numbers), string.Join(",", theirs.Numbers))
        ?? Compare("counts", Exact(ours.Counts), Exact(theirs.Counts))
        ?? Compare("inner", Exact(ours.Inner), Exact(theirs.Inner))
        ?? Compare("maybe_count", ours.MaybeCount, theirs.MaybeCount)
        ?? Compare("maybe_ratio", ours.MaybeRatio is { } a ? Bits(a) : null, theirs.MaybeRatio is { } b ? Bits(b) : null)
        ?? Compare("maybe_name", ours.MaybeName, theirs.MaybeName)
        ?? Compare("maybe_shade", ours.MaybeShade, theirs.MaybeShade)
        ?? Compare("maybe_at", ours.MaybeAt is { } c ? Exact(c) : null, theirs.MaybeAt is { } d ? Exact(d) : null)
        ?? Compare("maybe_tags", ours.MaybeTags is null ? null : string.Join(",", ours.MaybeTags.Select(Quoted)), theirs.MaybeTags is null ? null : string.Join(",", theirs.MaybeTags.Select(Quoted)))
        ?? Compare("maybe_inner", Exact(ours.MaybeInner), Exact(theirs.MaybeInner));

    public static string? Difference(DifferentialSkipping ours, DifferentialSkipping theirs) =>
        Compare("count", ours.Count, theirs.Count)
        ?? Compare("name", ours.Name, theirs.Name)
        ?? Compare("inner", Exact(ours.Inner), Exact(theirs.Inner));

    private static string? Compare<T>(string member, T ours, T theirs) =>
        EqualityComparer<T>.Default.Equals(ours, theirs) ? null : $"{member}: ours {ours}, theirs {theirs}";

    private static string Bits(double value) => $"{value:R} ({BitConverter.DoubleToInt64Bits(value):X16})";

    private static string Exact(decimal value) => value.ToString("G", System.Globalization.CultureInfo.InvariantCulture) + " scale " + value.Scale;

    private static string Exact(DateTimeOffset value) => value.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static string Exact(Dictionary<string, int> counts) =>
        string.Join(",", counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Quoted(pair.Key) + ":" + pair.Value));

    private static string? Exact(DifferentialInner? inner) => inner is null ? null : inner.Code + "," + Quoted(inner.Note);

    private static string Quoted(string? text) => text is null ? "null" : "\"" + string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:x4}" : c.ToString())) + "\"";
}
