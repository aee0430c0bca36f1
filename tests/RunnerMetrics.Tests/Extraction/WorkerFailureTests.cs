using System;
using System.IO;
using System.Linq;
using System.Threading;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>An unexpected error stops the pass the same way for any worker count: one exception type, the counts kept.</summary>
public sealed class WorkerFailureTests : ExtractionTestBase
{
    private const int PassFailedLogId = 14;
    private const int Runners = 60;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_bug_stops_every_worker_and_is_reported_with_the_partial_counts(int workers)
    {
        Fleet.FullRunners(Runners);
        var sink = new BuggySink(failOnAppend: 21);

        var failure = Assert.Throws<MetricsExtractionException>(() => Run(Extractor(sink, flushBatchSize: 4, workers: workers)));

        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Contains("unexpected error: InvalidOperationException: a bug", failure.Message, StringComparison.Ordinal);
        int onDisk = Directory.GetDirectories(Fleet.BaseDirectory).Length;
        // The other workers were stopped, and the counts say exactly what was done and what is left.
        Assert.InRange(onDisk, 1, Runners - 1);
        Assert.Equal(Runners - onDisk, failure.PartialResult.Removed);
        Assert.Equal(onDisk, failure.PartialResult.Left);
        Assert.Single(Log.WithId(PassFailedLogId));

        // Nothing removed was lost; a runner in the failed one's batch may be written again next pass, once.
        var delivered = EventsByRepository(sink.Inner.Lines);
        var removed = Enumerable.Range(0, Runners).Select(FleetBuilder.RunnerName).Where(r => !Fleet.Exists(r));
        Assert.All(removed, r => Assert.Equal(["runner_start", "runner_stop"], delivered[FleetBuilder.RepositoryOf(r)]));
    }

    /// <summary>A sink whose n-th append throws what no runner's trouble can: a bug.</summary>
    private sealed class BuggySink(int failOnAppend) : IMetricsSink
    {
        private int _appends;

        public InMemoryMetricsSink Inner { get; } = new();

        public void Append(ReadOnlySpan<byte> utf8JsonLine)
        {
            if (Interlocked.Increment(ref _appends) == failOnAppend)
            {
                throw new InvalidOperationException("a bug");
            }

            Inner.Append(utf8JsonLine);
        }

        public void Flush() => Inner.Flush();
    }
}
