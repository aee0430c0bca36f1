using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Contract rule 5: a runner is removed only once its events are durable; a sink failure loses nothing.</summary>
public sealed class DeliveryFailureTests : ExtractionTestBase
{
    private static readonly string[] Valid = ["a", "b", "c", "d", "e"];

    public DeliveryFailureTests()
    {
        foreach (string runner in Valid)
        {
            Fleet.Full(runner);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failing_flush_leaves_every_valid_runner_intact_and_the_next_pass_delivers_them(int workers)
    {
        Fleet.PreOnly("f");
        Sink.FailFlush = true;

        var failure = Assert.Throws<MetricsExtractionException>(() => Extractor(workers: workers).Extract(Flavor, new System.Collections.Generic.HashSet<string>()));

        Assert.IsType<MetricsSinkException>(failure.InnerException);
        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 0, 0, 0) { Left = 6 }, failure.PartialResult);
        Assert.Empty(Sink.Lines);
        AssertIntact([.. Valid, "f"]);
        LogEntry logged = Log.WithId(SinkFailedLogId)[0];
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("told to fail", logged.Message, StringComparison.Ordinal);

        var working = new InMemoryMetricsSink();
        ExtractionResult second = Run(Extractor(working, workers: workers));

        Assert.Equal(new ExtractionResult(new IssuedEvents(6, 5), 0, 6, 0), second);
        AssertDeliveredOnce(working, [.. Valid, "f"]);
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
    }

    [Fact]
    public void Runners_without_events_are_still_handled_when_the_flush_fails()
    {
        Fleet.TimestampOnly("empty");
        Fleet.Runner("corrupt", "1700000000", "{", null);
        Sink.FailFlush = true;

        var failure = Assert.Throws<MetricsExtractionException>(() => Run(Extractor()));

        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 1, 1, 0) { Left = 5 }, failure.PartialResult);
        Assert.False(Fleet.Exists("empty"));
        Assert.Equal(["corrupt.tar.gz"], Archives());
        AssertIntact(Valid);
    }

    [Fact]
    public void With_small_batches_a_failure_on_the_second_flush_keeps_the_first_batch_delivered_and_the_rest_intact()
    {
        var sink = new FailingFromFlushSink(failFrom: 2);

        var failure = Assert.Throws<MetricsExtractionException>(() => Run(Extractor(sink, flushBatchSize: 2)));

        Assert.Equal(new ExtractionResult(new IssuedEvents(2, 2), 0, 2, 0) { Left = 3 }, failure.PartialResult);
        Assert.Equal(1, sink.Inner.FlushCount);
        string[] delivered = [.. Valid.Where(r => !Fleet.Exists(r))];
        Assert.Equal(2, delivered.Length);
        AssertDeliveredOnce(sink.Inner.Lines, delivered);
        Assert.Empty(sink.Inner.PendingLines); // the failed batch is dropped: its runners are on disk
        AssertRetryDelivers(delivered);
    }

    [Fact]
    public void With_two_workers_a_later_flush_failure_removes_only_delivered_runners()
    {
        for (int i = 0; i < 40; i++)
        {
            Fleet.Full("more-" + i);
        }

        var sink = new FailingFromFlushSink(failFrom: 4);
        string[] all = [.. Valid, .. Enumerable.Range(0, 40).Select(i => "more-" + i)];

        var failure = Assert.Throws<MetricsExtractionException>(() => Run(Extractor(sink, flushBatchSize: 3, workers: 2)));

        string[] removed = [.. all.Where(r => !Fleet.Exists(r))];
        string[] left = [.. all.Except(removed)];
        Assert.Equal(failure.PartialResult.Removed, removed.Length);
        Assert.Equal(failure.PartialResult.Issued.RunnerStart, removed.Length);
        Assert.Equal(left.Length, failure.PartialResult.Left);
        Assert.Empty(sink.Inner.PendingLines);
        // Every removed runner's events are delivered exactly once. A runner left in place may be in a batch the
        // other worker flushed before the failure: its events then come again next pass, once.
        var byRunner = EventsByRepository(sink.Inner.Lines);
        Assert.All(removed, r => Assert.Equal(["runner_start", "runner_stop"], byRunner[FleetBuilder.RepositoryOf(r)]));
        Assert.All(left, r => Assert.Contains(byRunner[FleetBuilder.RepositoryOf(r)].Count(), new[] { 0, 2 }));
        AssertIntact(left);

        var working = new InMemoryMetricsSink();
        Run(Extractor(working, flushBatchSize: 3, workers: 2));
        AssertDeliveredOnce(working, left);
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
    }

    private void AssertRetryDelivers(string[] delivered)
    {
        AssertIntact([.. Valid.Except(delivered)]);

        var working = new InMemoryMetricsSink();
        Assert.Equal(new ExtractionResult(new IssuedEvents(3, 3), 0, 3, 0), Run(Extractor(working, flushBatchSize: 2)));
        AssertDeliveredOnce(working, [.. Valid.Except(delivered)]);
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
    }

    [Fact]
    public void Retrying_with_the_same_sink_after_any_number_of_failures_delivers_every_event_exactly_once()
    {
        Sink.FailFlush = true;
        for (int pass = 0; pass < 3; pass++)
        {
            Assert.Throws<MetricsExtractionException>(() => Run(Extractor()));
            Assert.Empty(Sink.PendingLines);
        }

        Sink.FailFlush = false;
        Assert.Equal(new ExtractionResult(new IssuedEvents(5, 5), 0, 5, 0), Run(Extractor()));

        AssertDeliveredOnce(Sink, Valid);
        Assert.Equal(10, Sink.Lines.Count);
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
    }

    [Theory]
    [InlineData("directory")]
    [InlineData("missing-directory")]
    [InlineData("under-a-file")]
    public void An_unwritable_metrics_log_stops_the_pass_and_removes_nothing(string how)
    {
        string path = how switch
        {
            "directory" => Temp.CreateSubdirectory("log-is-a-directory"),
            "missing-directory" => Temp.Combine("no-such-directory", "metrics.log"),
            _ => Temp.Combine("plain-file", "metrics.log"),
        };
        if (how == "under-a-file")
        {
            File.WriteAllText(Temp.Combine("plain-file"), "x");
        }

        var failure = Assert.Throws<MetricsExtractionException>(() => Run(Extractor(new MetricsLogSink(path))));

        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 0, 0, 0) { Left = 5 }, failure.PartialResult);
        AssertIntact(Valid);
        Assert.Single(Log.WithId(SinkFailedLogId));
    }

    [Fact]
    public void A_metrics_log_receives_the_same_lines_as_the_in_memory_sink()
    {
        string log = Temp.Combine("metrics.log");
        File.WriteAllText(log, "{\"earlier\":true}\n");

        ExtractionResult result = Run(Extractor(new MetricsLogSink(log), flushBatchSize: 2));

        Assert.Equal(new ExtractionResult(new IssuedEvents(5, 5), 0, 5, 0), result);
        string text = File.ReadAllText(log);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        string[] lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("{\"earlier\":true}", lines[0]);
        Assert.Equal(10, lines.Length - 1);
        AssertDeliveredOnce(lines.Skip(1), Valid);
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
    }

    private void AssertIntact(string[] runners)
    {
        foreach (string runner in runners)
        {
            Assert.True(Fleet.Exists(runner), runner + " was removed");
            Assert.Equal(FleetBuilder.PreJob(runner), File.ReadAllText(Fleet.FilePath(runner, RunnerFiles.PreJobMetrics)));
            Assert.True(File.Exists(Fleet.FilePath(runner, RunnerFiles.InstalledTimestamp)));
        }
    }

    private static void AssertDeliveredOnce(InMemoryMetricsSink sink, string[] runners)
    {
        Assert.Empty(sink.PendingLines);
        AssertDeliveredOnce(sink.Lines, runners);
    }

    private static void AssertDeliveredOnce(System.Collections.Generic.IEnumerable<string> lines, string[] runners)
    {
        var byRunner = EventsByRepository(lines);
        Assert.Equal(runners.Select(FleetBuilder.RepositoryOf).Order(), byRunner.Select(g => g.Key).Order());
        foreach (var events in byRunner)
        {
            string runner = events.Key["canonical/".Length..];
            string[] expected = runner == "f" ? ["runner_start"] : ["runner_start", "runner_stop"];
            Assert.Equal(expected, events);
        }
    }
}
