using System.IO;
using System.Linq;
using System.Text.Json;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

public sealed class ParallelExtractionTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Workers_deliver_every_runner_exactly_once(int workers)
    {
        const int Runners = 500;
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(Runners);
        Directory.CreateDirectory(Path.Combine(fleet, "still-running"));
        var sink = new InMemoryMetricsSink();
        var extractor = new MetricsExtractor(Options(temp, fleet, workers, flushBatchSize: 16), sink);

        var result = extractor.Extract("x", new System.Collections.Generic.HashSet<string> { "still-running" });

        Assert.Equal(new ExtractionResult(new IssuedEvents(Runners, Runners), 0, Runners, 1), result);
        // A start and a stop per runner, each runner once.
        var linesPerRunner = sink.Lines.GroupBy(Repository).ToList();
        Assert.Equal(Runners, linesPerRunner.Count);
        Assert.All(linesPerRunner, lines => Assert.Equal(2, lines.Count()));
        Assert.Equal(["still-running"], Directory.GetDirectories(fleet).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failing_sink_stops_every_worker_and_leaves_undelivered_runners_in_place()
    {
        const int Runners = 300;
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(Runners);
        var sink = new InMemoryMetricsSink { FailFlush = true };
        var extractor = new MetricsExtractor(Options(temp, fleet, workers: 2, flushBatchSize: 8), sink);

        var failure = Assert.Throws<MetricsExtractionException>(() => extractor.Extract("x", new System.Collections.Generic.HashSet<string>()));

        Assert.Equal(default, failure.PartialResult.Issued);
        Assert.Equal(Runners, Directory.GetDirectories(fleet).Length);

        sink.FailFlush = false;
        var retry = extractor.Extract("x", new System.Collections.Generic.HashSet<string>());
        Assert.Equal(Runners, retry.Issued.RunnerStart);
        Assert.Empty(Directory.GetDirectories(fleet));
    }

    private static MetricsExtractorOptions Options(TempDirectory temp, string fleet, int workers, int flushBatchSize) => new()
    {
        SharedFileSystemDirectory = fleet,
        QuarantineDirectory = temp.Combine("q"),
        FlushBatchSize = flushBatchSize,
        MaxDegreeOfParallelism = workers,
    };

    private static string Repository(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("repo").GetString()!;
    }
}
