using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using RunnerMetrics.Events;
using RunnerMetrics.Metrics;
using RunnerMetrics.Tests.Extraction;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Events;

/// <summary>The metrics log reads back strictly as the events an extraction wrote: the events are one polymorphic [StrictJson] hierarchy.</summary>
public sealed class MetricEventReadBackTests : ExtractionTestBase
{
    [Fact]
    public void What_an_extraction_writes_reads_back_as_equal_events()
    {
        Fleet.FullRunners(20).PreOnly("started-only").Runner("abnormal", FleetBuilder.Number(FleetBuilder.InstalledAt),
            FleetBuilder.PreJob("abnormal"), FleetBuilder.PostJob(status: "abnormal", code: 143));
        string log = Temp.Combine("metrics.log");
        Run(Extractor(new MetricsLogSink(log)));

        var events = new List<MetricEvent>();
        Assert.Equal(0, MetricEventLog.Read(File.ReadAllBytes(log), events));

        Assert.Equal(22, events.OfType<RunnerStart>().Count());
        Assert.Equal(21, events.OfType<RunnerStop>().Count());
        Assert.All(events, e => Assert.Equal(Flavor, e.Flavor));
        var start = events.OfType<RunnerStart>().Single(e => e.Repo == FleetBuilder.RepositoryOf("started-only"));
        Assert.Equal(FleetBuilder.StartedAt, start.Timestamp);
        Assert.Equal(FleetBuilder.StartedAt - FleetBuilder.InstalledAt, start.Idle);
        var stop = events.OfType<RunnerStop>().Single(e => e.Repo == FleetBuilder.RepositoryOf("abnormal"));
        Assert.Equal(PostJobStatus.Abnormal, stop.Status);
        Assert.Equal(143, stop.StatusInfo?.Code);

        // Each line written again is the line that was read: same members, same order.
        string[] lines = File.ReadAllLines(log);
        Assert.Equal(lines.Order(), events.Select(Line).Order());
    }

    [Fact]
    public void A_torn_or_foreign_line_is_skipped_and_counted()
    {
        var start = new RunnerStart { Timestamp = 5, Flavor = "f", Workflow = "w", Repo = "o/r", GithubEvent = "push", Idle = 1 };
        string log = Line(start) + "\n{\"timestamp\":6,\"event\":\"runner_st\n" + "{\"timestamp\":7,\"event\":\"unknown\",\"flavor\":\"f\"}\n\n" + Line(start) + "\n";

        var events = new List<MetricEvent>();
        Assert.Equal(2, MetricEventLog.Read(Encoding.UTF8.GetBytes(log), events));
        Assert.Equal([start, start], events);
    }

    [Fact]
    public void The_event_member_stands_second_and_is_checked_against_the_type()
    {
        var stop = new RunnerStop { Timestamp = 5, Flavor = "f", Workflow = "w", Repo = "o/r", GithubEvent = "push", Status = PostJobStatus.Normal, JobDuration = 2 };
        Assert.StartsWith("{\"timestamp\":5,\"event\":\"runner_stop\",\"flavor\":\"f\"", Line(stop), System.StringComparison.Ordinal);
        Assert.Equal(stop, MetricEvent.Parse(Encoding.UTF8.GetBytes(Line(stop))));
        Assert.False(RunnerStart.TryParse(Encoding.UTF8.GetBytes(Line(stop)), out _, out var error));
        Assert.Equal(Parsing.StrictJsonErrorKind.InvalidValue, error.Kind);
    }

    private static string Line(MetricEvent metricEvent)
    {
        using var serializer = new MetricEventSerializer();
        var sink = new InMemoryMetricsSink();
        serializer.Append(metricEvent, sink);
        sink.Flush();
        return sink.Lines.Single();
    }
}
