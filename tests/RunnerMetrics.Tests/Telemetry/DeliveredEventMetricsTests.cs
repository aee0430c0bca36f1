using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Telemetry;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Telemetry;

/// <summary>The instruments agree with the metrics log: they count only what a successful flush made durable.</summary>
public sealed class DeliveredEventMetricsTests : IDisposable
{
    private const string Flavor = "large";
    private readonly TempDirectory _temp = new();
    private readonly MeterCapture _capture = new();
    private readonly FleetBuilder _fleet;

    public DeliveredEventMetricsTests() => _fleet = new FleetBuilder(_temp.CreateSubdirectory("fs"));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Counts_and_sums_equal_the_delivered_events_of_a_fleet(int workers)
    {
        for (int i = 0; i < 40; i++)
        {
            // Different durations per runner, so a sum that counted a runner twice or missed one would differ.
            _fleet.Full(FleetBuilder.RunnerName(i), started: FleetBuilder.StartedAt + i, stopped: FleetBuilder.StoppedAt + (3 * i));
        }

        for (int i = 40; i < 50; i++)
        {
            _fleet.PreOnly(FleetBuilder.RunnerName(i));
        }

        _fleet.TimestampOnly("no-metrics-1").TimestampOnly("no-metrics-2");
        _fleet.Runner("corrupt", FleetBuilder.Number(FleetBuilder.InstalledAt), "{\"timestamp\": ", FleetBuilder.PostJob());
        var sink = new InMemoryMetricsSink();

        var result = Extractor(sink, workers, flushBatchSize: 7).Extract(Flavor, new HashSet<string>());

        Assert.Equal(new IssuedEvents(50, 40), result.Issued);
        var starts = Events(sink, RunnerStart.Name);
        var stops = Events(sink, RunnerStop.Name);
        Assert.Equal(result.Issued.RunnerStart, _capture.Sum(InstrumentNames.JobsStarted));
        Assert.Equal(result.Issued.RunnerStop, _capture.Sum(InstrumentNames.JobsCompleted));
        Assert.Equal(stops.Count, _capture.Of(InstrumentNames.JobDuration).Count);
        Assert.Equal(stops.Sum(e => e.GetProperty("job_duration").GetDouble()), _capture.Sum(InstrumentNames.JobDuration), 6);
        Assert.Equal(starts.Count, _capture.Of(InstrumentNames.RunnerIdle).Count);
        Assert.Equal(starts.Sum(e => e.GetProperty("idle").GetDouble()), _capture.Sum(InstrumentNames.RunnerIdle), 6);
        // No enrichment, so no queue duration in the log and none recorded.
        Assert.Empty(_capture.Of(InstrumentNames.JobQueueDuration));
        Assert.Equal(result.Removed, _capture.Sum(InstrumentNames.RunnersRemoved));
        Assert.Equal(52, result.Removed);
        Assert.Equal(result.Quarantined, _capture.Sum(InstrumentNames.RunnersQuarantined));
        Assert.Equal(1, result.Quarantined);
        Assert.Equal("normal", Assert.Single(_capture.Of(InstrumentNames.JobsCompleted).Select(m => m.Tags[TagNames.Status]).Distinct()));

        // One pass: one duration, no failure, and a last-success time.
        Assert.Single(_capture.Of(InstrumentNames.ExtractionDuration));
        Assert.Empty(_capture.Of(InstrumentNames.ExtractionFailures));
        _capture.Observe();
        var lastSuccess = Assert.Single(_capture.Of(InstrumentNames.ExtractionLastSuccess));
        Assert.Equal(Flavor, lastSuccess.Tags[TagNames.Flavor]);
        Assert.InRange(lastSuccess.Value, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
    }

    [Fact]
    public void A_failed_flush_records_nothing_for_its_batch()
    {
        _fleet.FullRunners(10);
        // The first flush (runners 1-4) succeeds, the second fails: runners 5-10 stay on disk, uncounted.
        var sink = new FailingFromFlushSink(failFrom: 2);

        var failure = Assert.Throws<MetricsExtractionException>(() => Extractor(sink, workers: 1, flushBatchSize: 4).Extract(Flavor, new HashSet<string>()));

        Assert.Equal(new IssuedEvents(4, 4), failure.PartialResult.Issued);
        Assert.Equal(8, sink.Inner.Lines.Count);
        Assert.Equal(4, _capture.Sum(InstrumentNames.JobsStarted));
        Assert.Equal(4, _capture.Sum(InstrumentNames.JobsCompleted));
        Assert.Equal(4, _capture.Of(InstrumentNames.JobDuration).Count);
        Assert.Equal(4, _capture.Of(InstrumentNames.RunnerIdle).Count);
        Assert.Equal(4, _capture.Sum(InstrumentNames.RunnersRemoved));
        Assert.Equal(1, _capture.Sum(InstrumentNames.ExtractionFailures));
        Assert.Single(_capture.Of(InstrumentNames.ExtractionDuration));
        _capture.Observe();
        Assert.Empty(_capture.Of(InstrumentNames.ExtractionLastSuccess));
    }

    [Fact]
    public void A_pass_whose_every_flush_fails_records_no_job()
    {
        _fleet.FullRunners(5);
        var sink = new InMemoryMetricsSink { FailFlush = true };

        Assert.Throws<MetricsExtractionException>(() => Extractor(sink, workers: 2, flushBatchSize: 2).Extract(Flavor, new HashSet<string>()));

        Assert.Empty(_capture.Of(InstrumentNames.JobsStarted));
        Assert.Empty(_capture.Of(InstrumentNames.JobsCompleted));
        Assert.Empty(_capture.Of(InstrumentNames.JobDuration));
        Assert.Empty(_capture.Of(InstrumentNames.RunnerIdle));
        Assert.Empty(_capture.Of(InstrumentNames.RunnersRemoved));
        Assert.Equal(1, _capture.Sum(InstrumentNames.ExtractionFailures));

        // The next pass delivers them, and only then are they counted: once each.
        sink.FailFlush = false;
        Extractor(sink, workers: 2, flushBatchSize: 2).Extract(Flavor, new HashSet<string>());
        Assert.Equal(5, _capture.Sum(InstrumentNames.JobsStarted));
        Assert.Equal(5, _capture.Sum(InstrumentNames.JobsCompleted));
    }

    public void Dispose()
    {
        _capture.Dispose();
        _temp.Dispose();
    }

    private MetricsExtractor Extractor(IMetricsSink sink, int workers, int flushBatchSize) => new(
        new MetricsExtractorOptions
        {
            SharedFileSystemDirectory = _fleet.BaseDirectory,
            QuarantineDirectory = _temp.Combine("q"),
            MaxDegreeOfParallelism = workers,
            FlushBatchSize = flushBatchSize,
            Instruments = _capture.Instruments,
        },
        sink);

    private static List<JsonElement> Events(InMemoryMetricsSink sink, string name) =>
        sink.Lines.Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("event").GetString() == name)
            .ToList();
}
