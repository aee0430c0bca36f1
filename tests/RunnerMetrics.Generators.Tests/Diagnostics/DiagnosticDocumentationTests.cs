using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Diagnostics;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// Every descriptor has a help link to its own section of <c>docs/diagnostics.md</c> and a row in the analyzer
/// release files, with the severity and category it really has.
/// </summary>
public sealed class DiagnosticDocumentationTests
{
    private const string HelpBase = "https://github.com/runner-metrics/runner-metrics/blob/main/docs/diagnostics.md#";

    public static TheoryData<string> Ids() => [.. Descriptors().Select(d => d.Id)];

    [Fact]
    public void Every_rule_from_SJ1001_to_SJ1012_and_SJ2001_has_a_descriptor()
    {
        string[] expected = ["SJ1001", "SJ1002", "SJ1003", "SJ1004", "SJ1005", "SJ1006", "SJ1007", "SJ1008", "SJ1009", "SJ1010", "SJ1011", "SJ1012", "SJ2001"];

        Assert.Equal(expected, Descriptors().Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_to_a_section_of_the_diagnostics_doc(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        string[] headings = File.ReadAllLines(RepositoryFile("docs", "diagnostics.md"));

        Assert.Equal(HelpBase + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        Assert.Contains("## " + id, headings);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_rule_with_its_severity_and_category(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var rows = ReleaseRows();

        Assert.True(rows.TryGetValue(id, out var row), $"{id} is in neither AnalyzerReleases file");
        Assert.Equal(descriptor.Category, row[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
    }

    private static List<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    /// <summary>Rule rows (<c>SJ1001 | StrictJson | Error | ...</c>) of both release files, by id.</summary>
    private static Dictionary<string, string[]> ReleaseRows()
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (string line in File.ReadAllLines(RepositoryFile("generators", "RunnerMetrics.Generators", file)))
            {
                string[] cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (cells.Length >= 3 && cells[0].StartsWith("SJ", StringComparison.Ordinal))
                {
                    rows.Add(cells[0], cells);
                }
            }
        }

        return rows;
    }

    private static string RepositoryFile(params string[] parts)
    {
        string project = typeof(DiagnosticDocumentationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;
        return Path.Combine([project, "..", "..", .. parts]);
    }
}
