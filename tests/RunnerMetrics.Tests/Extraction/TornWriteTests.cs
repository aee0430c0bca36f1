using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Contract rule 10: a write torn part-way loses no event, and repeats at most the lines it completed, once.</summary>
public sealed class TornWriteTests : ExtractionTestBase
{
    private static readonly string[] Runners = ["a", "b", "c", "d", "e"];

    public TornWriteTests()
    {
        foreach (string runner in Runners)
        {
            Fleet.Full(runner);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(200)] // past the first line: that line is written whole, then repeated once
    public void A_flush_torn_after_k_bytes_then_a_restarted_sink_delivers_every_runner_with_exact_counts(int tearAfterBytes)
    {
        string log = Temp.Combine("metrics.log");
        var sink = new TearingSink(log, failFrom: 2, tearAfterBytes);

        var failure = Assert.Throws<MetricsExtractionException>(() => Run(Extractor(sink, flushBatchSize: 2)));
        Assert.Equal(new ExtractionResult(new IssuedEvents(2, 2), 0, 2, 0) { Left = 3 }, failure.PartialResult);

        sink.Recover();
        Assert.Equal(new ExtractionResult(new IssuedEvents(3, 3), 0, 3, 0), Run(Extractor(sink, flushBatchSize: 2)));

        string written = Encoding.UTF8.GetString(sink.TornBatch.AsSpan(0, tearAfterBytes));
        string[] completed = written.Split('\n')[..^1];
        bool fragment = !written.EndsWith('\n');
        var repeated = completed.Select(Key).ToHashSet();

        var read = MetricsLogReader.Read(log);
        Assert.Equal(fragment ? 1 : 0, read.InvalidLines);
        Assert.Equal(10 + completed.Length, read.Events.Count);
        var counts = read.Events.GroupBy(e => (e.GetProperty("repo").GetString()!, e.GetProperty("event").GetString()!))
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (string runner in Runners)
        {
            foreach (string type in new[] { "runner_start", "runner_stop" })
            {
                var key = (FleetBuilder.RepositoryOf(runner), type);
                Assert.Equal(repeated.Contains(key) ? 2 : 1, counts[key]);
            }
        }

        Assert.Empty(System.IO.Directory.GetFileSystemEntries(Fleet.BaseDirectory));
    }

    private static (string Repo, string Event) Key(string line)
    {
        using var document = JsonDocument.Parse(line);
        return (document.RootElement.GetProperty("repo").GetString()!, document.RootElement.GetProperty("event").GetString()!);
    }
}
