using System.Collections.Generic;
using System.Linq;
using System.Text;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>
/// Regular, small files whose content does not parse (contract rule 3's "corrupt"): each makes the runner
/// quarantined with no events, and the archive keeps the bytes as they were.
/// </summary>
public sealed class MalformedContentTests : ExtractionTestBase
{
    private const string Rest = "\"workflow_run_id\": \"1\", \"repository\": \"o/n\", \"event\": \"push\"";

    public static TheoryData<string, string, byte[]> Cases()
    {
        var data = new TheoryData<string, string, byte[]>();
        foreach (var (name, bytes) in InstalledCases())
        {
            data.Add(RunnerFiles.InstalledTimestamp, name, bytes);
        }

        foreach (var (name, bytes) in PreJobCases())
        {
            data.Add(RunnerFiles.PreJobMetrics, name, bytes);
        }

        foreach (var (name, bytes) in PostJobCases())
        {
            data.Add(RunnerFiles.PostJobMetrics, name, bytes);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unparsable_content_quarantines_the_runner_with_its_bytes(string file, string what, byte[] content)
    {
        // Small enough to be read: these runners are corrupt for their content, not their size.
        Assert.InRange(content.Length, 0, RunnerFiles.MaxFileSize);
        Fleet.Full("r").Write("r", file, content);

        var entries = AssertQuarantined("r", Extract());

        Assert.True(content.Length == entries["r/" + file].Length, what);
        Assert.DoesNotContain("TooLarge", Log.WithId(CorruptLogId)[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Well_formed_variants_are_accepted()
    {
        // The positive controls for the cases above: the same shapes, valid.
        Fleet.Runner("a", "\n 1700000000.5 \r\n", Pre("\"timestamp\": 1700000100, \"workflow\": \"\\u00fc\\ud83d\\ude80\""), Post("\"timestamp\": 17.0e8, \"status\": \"normal\", \"status_info\": {\"code\": 2147483647}"));
        Fleet.Runner("b", ".5", Pre("\"timestamp\": 0.0, \"workflow\": \"w\", \"unknown\": [[[[{\"deep\": null}]]]]"), Post("\"status\": \"abnormal\", \"timestamp\": 1E1"));
        Fleet.Runner("c", "5.", Pre("\"time\\u0073tamp\": 1e2, \"workflow\": \"\""), Post("\"timestamp\": 1, \"status\": \"repo-policy-check-failure\", \"status_info\": {\"code\": -2147483648}"));

        var result = Extract();

        Assert.Equal(new RunnerMetrics.Extraction.ExtractionResult(new RunnerMetrics.Extraction.IssuedEvents(3, 3), 0, 3, 0), result);
        Assert.Contains(Events(), e => e.GetProperty("workflow").GetString() == "ü🚀");
        Assert.Empty(Archives());
    }

    private static string Pre(string members) => "{" + members + ", " + Rest + "}";

    private static string Post(string members) => "{" + members + "}";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static IEnumerable<(string, byte[])> InstalledCases()
    {
        string[] texts =
        [
            "", " \n", "NaN", "nan", "Infinity", "inf", "-Infinity", "∞", "1e400", "-1", "-0.5", "+5", "1,5", "1_700_000_000",
            "0x10", "1 2", "1700000000 x", "1700000000\0", "1.2.3", "e5", "1e", ".", "1700000000\n{\"more\": 1}", "\"1700000000\"", "١٧٠٠",
        ];
        foreach (string text in texts)
        {
            yield return (text, Utf8(text));
        }

        yield return ("BOM", [0xEF, 0xBB, 0xBF, .. Utf8("1700000000")]);
        yield return ("invalid UTF-8", [.. Utf8("17000"), 0xFF, 0xFE]);
        yield return ("overlong NUL", [.. Utf8("1700000000"), 0xC0, 0x80]);
    }

    private static IEnumerable<(string, byte[])> PreJobCases()
    {
        string[] texts =
        [
            "",
            "[]",
            "null",
            "\"string\"",
            "1700000100",
            "{}",
            "{" + Rest + "}",
            Pre("\"timestamp\": 1700000100"),
            Pre("\"timestamp\": NaN, \"workflow\": \"w\""),
            Pre("\"timestamp\": \"NaN\", \"workflow\": \"w\""),
            Pre("\"timestamp\": Infinity, \"workflow\": \"w\""),
            Pre("\"timestamp\": 1e400, \"workflow\": \"w\""),
            Pre("\"timestamp\": -1e400, \"workflow\": \"w\""),
            Pre("\"timestamp\": -1, \"workflow\": \"w\""),
            Pre("\"timestamp\": \"1700000100\", \"workflow\": \"w\""),
            Pre("\"timestamp\": true, \"workflow\": \"w\""),
            Pre("\"timestamp\": null, \"workflow\": \"w\""),
            Pre("\"timestamp\": 1, \"workflow\": 5"),
            Pre("\"timestamp\": 1, \"workflow\": null"),
            Pre("\"timestamp\": 1, \"workflow\": [\"w\"]"),
            Pre("\"timestamp\": 1, \"workflow\": \"\\ud800\""),
            Pre("\"timestamp\": 1, \"workflow\": \"\\udc00x\""),
            Pre("\"timestamp\": 1, \"workflow\": \"\\ud83d\\u0041\""),
            Pre("\"timestamp\": 1, \"workflow\": \"w\", \"timestamp\": 2"),
            Pre("\"timestamp\": 1, \"workflow\": \"w\", \"workflow\": \"w\""),
            Pre("\"timestamp\": 1, \"workflow\": \"w\", \"extra\": 1, \"extra\": 2"),
            Pre("\"timestamp\": 1, \"time\\u0073tamp\": 2, \"workflow\": \"w\""),
            Pre("\"timestamp\": 1, \"workflow\": \"w\", \"x\": 1, \"\\u0078\": 2"),
            "{\"timestamp\": 1, \"workflow\": \"w\", \"workflow_run_id\": 7, \"repository\": \"o/n\", \"event\": \"push\"}",
            Pre("\"timestamp\": 1, \"workflow\": \"w\"") + " x",
            Pre("\"timestamp\": 1, \"workflow\": \"w\"") + "{}",
            Pre("\"timestamp\": 1, \"workflow\": \"w\"") + Pre("\"timestamp\": 1, \"workflow\": \"w\""),
            Pre("\"timestamp\": 1, \"workflow\": \"w\", /* comment */ \"x\": 1"),
            Pre("\"timestamp\": 1, \"workflow\": \"w\","),
            "{\"timestamp\": 1, \"workflow\": \"w\", " + Rest + ",}",
            "{'timestamp': 1}",
            Pre("\"timestamp\": 1, \"workflow\": \"w\", \"x\": " + new string('[', 400) + new string(']', 400)),
            new string('[', 500) + new string(']', 500),
            Pre("\"timestamp\": 01, \"workflow\": \"w\""),
            Pre("\"timestamp\": 1, \"workflow\": \"tab\there\""),
            "{\"timestamp\": 1, \"workflow\": \"w\", " + Rest,
        ];
        foreach (string text in texts)
        {
            yield return (text.Length > 60 ? text[..60] : text, Utf8(text));
        }

        byte[] valid = Utf8(FleetBuilder.PreJob("r"));
        yield return ("BOM", [0xEF, 0xBB, 0xBF, .. valid]);
        yield return ("invalid UTF-8 in a value", Utf8(FleetBuilder.PreJob("r", workflow: "AB")).Select(b => b == (byte)'A' ? (byte)0xFF : b).ToArray());
        yield return ("invalid UTF-8 in a skipped member", [.. Utf8(Pre("\"timestamp\": 1, \"workflow\": \"w\", \"x\": \"")[..^(Rest.Length + 1)]), 0xC3, 0x28, .. Utf8("\", " + Rest + "}")]);
        yield return ("overlong encoding", Utf8(FleetBuilder.PreJob("r", workflow: "AB")).Select(b => b == (byte)'B' ? (byte)0xC1 : b).ToArray());
        yield return ("UTF-16", Encoding.Unicode.GetBytes(FleetBuilder.PreJob("r")));
        yield return ("NUL after", [.. valid, 0]);
    }

    private static IEnumerable<(string, byte[])> PostJobCases()
    {
        string[] texts =
        [
            "",
            "[]",
            "null",
            "{}",
            Post("\"timestamp\": 1700000400"),
            Post("\"status\": \"normal\""),
            Post("\"timestamp\": NaN, \"status\": \"normal\""),
            Post("\"timestamp\": 1e400, \"status\": \"normal\""),
            Post("\"timestamp\": -1, \"status\": \"normal\""),
            Post("\"timestamp\": -0.001, \"status\": \"normal\""),
            Post("\"timestamp\": 1, \"status\": \"Normal\""),
            Post("\"timestamp\": 1, \"status\": \"repo_policy_check_failure\""),
            Post("\"timestamp\": 1, \"status\": \"RepoPolicyCheckFailure\""),
            Post("\"timestamp\": 1, \"status\": 0"),
            Post("\"timestamp\": 1, \"status\": \"normal\", \"status_info\": {\"code\": 1.5}"),
            Post("\"timestamp\": 1, \"status\": \"normal\", \"status_info\": {\"code\": 2147483648}"),
            Post("\"timestamp\": 1, \"status\": \"normal\", \"status_info\": {\"code\": \"1\"}"),
            Post("\"timestamp\": 1, \"status\": \"normal\", \"status_info\": {}"),
            Post("\"timestamp\": 1, \"status\": \"normal\", \"status_info\": 1"),
            Post("\"timestamp\": 1, \"status\": \"normal\", \"status_info\": {\"code\": 1, \"code\": 2}"),
            Post("\"timestamp\": 1, \"status\": \"normal\", \"status\": \"abnormal\""),
            Post("\"timestamp\": 1, \"status\": \"\\ud800\""),
            Post("\"timestamp\": 1, \"status\": \"normal\"") + "\n{}",
            Post("\"timestamp\": 1, \"status\": \"normal\", \"x\": " + new string('{', 1) + string.Concat(Enumerable.Repeat("\"a\":{", 150)) + new string('}', 151)),
        ];
        foreach (string text in texts)
        {
            yield return (text.Length > 60 ? text[..60] : text, Utf8(text));
        }

        yield return ("BOM", [0xEF, 0xBB, 0xBF, .. Utf8(FleetBuilder.PostJob())]);
        yield return ("invalid UTF-8", [.. Utf8("{\"timestamp\": 1, \"status\": \"norma"), 0xEC, .. Utf8("\"}")]);
    }
}
