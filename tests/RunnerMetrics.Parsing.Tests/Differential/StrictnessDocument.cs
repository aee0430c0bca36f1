using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RunnerMetrics.Parsing.Tests.Differential;

/// <summary>
/// The table of docs/strictness.md (copied to the test output), read so that the differential test and the
/// document can't disagree: one row per <see cref="StricterRule"/>, each with an example member.
/// </summary>
internal static partial class StrictnessDocument
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "strictness.md");

    /// <summary>A row: the rule and its example member, <c>"name": value</c>.</summary>
    internal sealed record Row(StricterRule Rule, string ExampleMember)
    {
        /// <summary>Whether the example is a member <see cref="DifferentialSample"/> doesn't have, so read as skipped content.</summary>
        public bool Skipping => !KnownNames.Contains(ExampleMember[..(ExampleMember.IndexOf(':', StringComparison.Ordinal))].Trim());
    }

    private static readonly HashSet<string> KnownNames = [.. BaseMembers().Select(member => member[..member.IndexOf(':', StringComparison.Ordinal)])];

    public static IReadOnlyList<Row> Rules { get; } = Read();

    /// <summary>
    /// The example as a whole document: for a member of <see cref="DifferentialSample"/>, a valid document with that
    /// member's value replaced; for any other member, a <see cref="DifferentialSkipping"/> document holding it.
    /// </summary>
    public static byte[] DocumentFor(Row row)
    {
        string name = row.ExampleMember[..row.ExampleMember.IndexOf(':', StringComparison.Ordinal)].Trim();
        IEnumerable<string> members = row.Skipping
            ? ["\"count\":1", row.ExampleMember]
            : BaseMembers().Select(member => member.StartsWith(name + ":", StringComparison.Ordinal) ? row.ExampleMember : member);
        // Markdown can't hold invalid UTF-8: the table writes a raw byte as <0xFF>.
        string text = "{" + string.Join(",", members) + "}";
        var bytes = new List<byte>();
        foreach (string part in RawByte().Split(text))
        {
            bytes.AddRange(part.StartsWith("<0x", StringComparison.Ordinal) ? [Convert.ToByte(part[3..5], 16)] : Encoding.UTF8.GetBytes(part));
        }

        return [.. bytes];
    }

    private static string[] BaseMembers() =>
    [
        "\"count\":1", "\"total\":2", "\"level\":3", "\"mask\":4", "\"ratio\":0.5", "\"amount\":1.25", "\"name\":\"n\"",
        "\"enabled\":true", "\"shade\":\"dark\"", "\"at\":\"2021-08-05T10:33:58Z\"", "\"id\":\"01234567-89ab-cdef-0123-456789abcdef\"",
        "\"numbers\":[1,2]", "\"counts\":{\"a\":1}", "\"inner\":{\"code\":7}",
    ];

    private static List<Row> Read()
    {
        var rows = new List<Row>();
        foreach (string line in File.ReadLines(Path))
        {
            var match = TableRow().Match(line);
            if (match.Success)
            {
                rows.Add(new Row(Enum.Parse<StricterRule>(match.Groups["rule"].Value), match.Groups["example"].Value));
            }
        }

        if (rows.Count == 0)
        {
            throw new InvalidOperationException($"No rule rows in {Path}: is docs/strictness.md copied to the output?");
        }

        return rows;
    }

    [GeneratedRegex("(<0x[0-9A-F]{2}>)")]
    private static partial Regex RawByte();

    /// <summary>A table row whose first cell is a rule name in backticks and whose third is the example member in backticks.</summary>
    [GeneratedRegex(@"^\|\s*`(?<rule>[A-Za-z0-9]+)`\s*\|[^|]*\|\s*`(?<example>[^`]+)`\s*\|")]
    private static partial Regex TableRow();
}
