using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Extraction;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>The seed's (Python) extraction scenarios, on real directories.</summary>
public sealed class SeedScenarioTests : ExtractionTestBase
{
    [Fact]
    public void Full_pre_only_and_timestamp_only_runners_give_the_right_events()
    {
        Fleet.Full("full", installed: 1000, started: 1100, stopped: 1400);
        Fleet.Runner("pre-only", "2000", FleetBuilder.PreJob("pre-only", timestamp: 2500), null);
        Fleet.TimestampOnly("timestamp-only");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(2, 1), 0, 3, 0), result);
        var starts = Events().Where(e => e.GetProperty("event").GetString() == "runner_start").ToDictionary(e => e.GetProperty("repo").GetString()!);
        Assert.Equal(100, starts["canonical/full"].GetProperty("idle").GetDouble());
        Assert.Equal(1100, starts["canonical/full"].GetProperty("timestamp").GetDouble());
        Assert.Equal(500, starts["canonical/pre-only"].GetProperty("idle").GetDouble());
        var stop = Assert.Single(Events(), e => e.GetProperty("event").GetString() == "runner_stop");
        Assert.Equal(("canonical/full", 1400d, 300d, "normal", Flavor),
            (stop.GetProperty("repo").GetString(), stop.GetProperty("timestamp").GetDouble(), stop.GetProperty("job_duration").GetDouble(),
             stop.GetProperty("status").GetString(), stop.GetProperty("flavor").GetString()));
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
    }

    [Fact]
    public void Ignored_runners_are_untouched()
    {
        Fleet.Full("running").Full("finished");

        ExtractionResult result = Extract("running");

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 1), result);
        Assert.True(Fleet.Exists("running"));
        Assert.Equal(3, Directory.GetFiles(Fleet.RunnerPath("running")).Length);
        Assert.All(Events(), e => Assert.Equal("canonical/finished", e.GetProperty("repo").GetString()));
    }

    [Theory]
    [InlineData(RunnerFiles.PreJobMetrics, """{"timestamp": "not a number", "workflow": "w", "workflow_run_id": "1", "repository": "o/n", "event": "push"}""")]
    [InlineData(RunnerFiles.PreJobMetrics, "not json at all")]
    [InlineData(RunnerFiles.PostJobMetrics, """{"timestamp": 1, "status": "not-a-status"}""")]
    [InlineData(RunnerFiles.PostJobMetrics, """{"timestamp": 1}""")]
    [InlineData(RunnerFiles.InstalledTimestamp, "yesterday")]
    public void Corrupt_data_is_quarantined(string file, string content)
    {
        Fleet.Full("corrupt").Write("corrupt", file, content);
        Fleet.Full("fine");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 1, 1, 0), result);
        Assert.False(Fleet.Exists("corrupt"));
        Assert.Equal(content, Archive("corrupt")["corrupt/" + file].Text);
        Assert.All(Events(), e => Assert.Equal("canonical/fine", e.GetProperty("repo").GetString()));
    }

    [Theory]
    [InlineData(RunnerFiles.InstalledTimestamp)]
    [InlineData(RunnerFiles.PreJobMetrics)]
    [InlineData(RunnerFiles.PostJobMetrics)]
    public void Too_large_data_is_quarantined(string file)
    {
        Fleet.Full("large").Write("large", file, new byte[RunnerFiles.MaxFileSize * 4]);

        var entries = AssertQuarantined("large", Extract());

        Assert.Equal(RunnerFiles.MaxFileSize * 4, entries["large/" + file].Length);
        Assert.Contains("TooLarge", Assert.Single(Log.WithId(CorruptLogId)).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_runner_without_its_installed_timestamp_is_removed_without_events()
    {
        Fleet.Runner("no-timestamp", null, FleetBuilder.PreJob("no-timestamp"), FleetBuilder.PostJob());

        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 0, 1, 0), Extract());

        Assert.False(Fleet.Exists("no-timestamp"));
        Assert.Empty(Sink.Lines);
        Assert.Empty(Archives());
        Assert.Contains(RunnerFiles.InstalledTimestamp, Assert.Single(Log.WithId(NoMetricsLogId)).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_cleanup_failure_is_logged()
    {
        Fleet.Full("r");
        Directory.CreateDirectory(Path.Combine(Fleet.RunnerPath("r"), "nested"));
        using (new Undeletable(Path.Combine(Fleet.RunnerPath("r"), "nested", "file")))
        {
            Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 0, 0) { Failed = 1 }, Extract());
        }

        Assert.Equal(LogLevel.Error, Assert.Single(Log.WithId(RemoveFailedLogId)).Level);
    }

    [Fact]
    public void A_sink_failure_is_logged_and_raised()
    {
        Fleet.Full("r");
        Sink.FailFlush = true;

        Assert.Throws<MetricsExtractionException>(() => Extract());

        Assert.Equal(LogLevel.Error, Assert.Single(Log.WithId(SinkFailedLogId)).Level);
        Assert.True(Fleet.Exists("r"));
    }
}
