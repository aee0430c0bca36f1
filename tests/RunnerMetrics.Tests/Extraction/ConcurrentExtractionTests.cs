using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Contract rule 9: two extractions over one base at once process each runner exactly once between them.</summary>
public sealed class ConcurrentExtractionTests : ExtractionTestBase
{
    private const int Runners = 500;

    [Theory]
    [InlineData(256)]
    [InlineData(3)]
    public async Task Two_concurrent_extractions_deliver_each_runner_s_events_exactly_once(int flushBatchSize)
    {
        for (int i = 0; i < Runners; i++)
        {
            string name = "runner-" + i;
            switch (i % 10)
            {
                case 8:
                    Fleet.Runner(name, "corrupt", FleetBuilder.PreJob(name), null);
                    break;
                case 9:
                    Fleet.TimestampOnly(name);
                    break;
                case 7:
                    Fleet.PreOnly(name);
                    break;
                default:
                    Fleet.Full(name);
                    break;
            }
        }

        var sinks = new[] { new InMemoryMetricsSink(), new InMemoryMetricsSink() };
        var start = new Barrier(2);
        Task<ExtractionResult>[] passes =
        [
            .. sinks.Select(sink => Task.Factory.StartNew(
                () =>
                {
                    MetricsExtractor extractor = Extractor(sink, flushBatchSize);
                    start.SignalAndWait();
                    return extractor.Extract(Flavor, new HashSet<string>());
                },
                TaskCreationOptions.LongRunning)),
        ];
        Task<ExtractionResult[]> both = Task.WhenAll(passes);
        Assert.Same(both, await Task.WhenAny(both, Task.Delay(System.TimeSpan.FromSeconds(60))));

        ExtractionResult[] results = await both;
        Assert.Equal(400, results.Sum(r => r.Issued.RunnerStart));
        Assert.Equal(350, results.Sum(r => r.Issued.RunnerStop));
        Assert.Equal(50, results.Sum(r => r.Quarantined));
        Assert.Equal(450, results.Sum(r => r.Removed));

        var byRunner = EventsByRepository(sinks.SelectMany(s => s.Lines));
        Assert.Equal(400, byRunner.Count);
        foreach (var events in byRunner)
        {
            int i = int.Parse(events.Key["canonical/runner-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(i % 10 == 7 ? ["runner_start"] : ["runner_start", "runner_stop"], events);
        }

        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
        string[] archives = Archives();
        Assert.Equal(50, archives.Length);
        Assert.All(archives, a => Assert.Matches(@"^runner-\d*8\.tar\.gz$", a));
        Assert.Empty(Log.WithId(RemoveFailedLogId));
        Assert.Empty(Log.WithId(QuarantineFailedLogId));
    }

    [Fact]
    public void A_runner_claimed_by_another_extraction_is_skipped_untouched_until_released()
    {
        Fleet.Full("claimed").Runner("claimed-corrupt", "x", FleetBuilder.PreJob("claimed-corrupt"), null).Full("free");
        using var store = RunnerMetrics.SharedFileSystem.SharedFileSystemStore.Open(Fleet.BaseDirectory);
        using (var claim = store.TryClaim("claimed"))
        using (var claimCorrupt = store.TryClaim("claimed-corrupt"))
        {
            Assert.NotNull(claim);
            Assert.NotNull(claimCorrupt);

            Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 0), Extract());
            Assert.True(Fleet.Exists("claimed"));
            Assert.True(Fleet.Exists("claimed-corrupt"));
            Assert.Empty(Archives());
        }

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 1, 1, 0), Extract());
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
        Assert.Equal(["canonical/claimed", "canonical/free"], EventsByRepository(Sink.Lines).Select(g => g.Key).Order());
    }
}
