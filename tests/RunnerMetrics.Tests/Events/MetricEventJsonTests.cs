using System.Text;
using RunnerMetrics.Events;
using RunnerMetrics.GitHub;
using RunnerMetrics.Metrics;

namespace RunnerMetrics.Tests.Events;

/// <summary>Each event is one JSON line with the design's member order, and reads back equal.</summary>
public sealed class MetricEventJsonTests
{
    [Fact]
    public void Runner_installed()
    {
        var installed = new RunnerInstalled { Timestamp = 1700000000, Flavor = "small", Duration = 12.5 };

        string line = Serialize(installed);

        Assert.Equal("""{"timestamp":1700000000,"event":"runner_installed","flavor":"small","duration":12.5}""", line);
        Assert.Equal(installed, RunnerInstalled.Parse(Encoding.UTF8.GetBytes(line)));
    }

    [Fact]
    public void Runner_start()
    {
        var start = new RunnerStart { Timestamp = 1700000100.25, Flavor = "small", Workflow = "CI", Repo = "o/r", GithubEvent = "push", Idle = 100.25 };

        string line = Serialize(start);

        Assert.Equal("""{"timestamp":1700000100.25,"event":"runner_start","flavor":"small","workflow":"CI","repo":"o/r","github_event":"push","idle":100.25}""", line);
        Assert.Equal(start, RunnerStart.Parse(Encoding.UTF8.GetBytes(line)));
    }

    [Fact]
    public void Runner_stop_with_status_info()
    {
        var stop = new RunnerStop
        {
            Timestamp = 1700000200,
            Flavor = "small",
            Workflow = "CI",
            Repo = "o/r",
            GithubEvent = "pull_request",
            Status = PostJobStatus.RepoPolicyCheckFailure,
            StatusInfo = new ReturnCodeInformation(3),
            JobDuration = 99.5,
        };

        string line = Serialize(stop);

        Assert.Equal(
            """{"timestamp":1700000200,"event":"runner_stop","flavor":"small","workflow":"CI","repo":"o/r","github_event":"pull_request","status":"repo-policy-check-failure","status_info":{"code":3},"job_duration":99.5}""",
            line);
        Assert.Equal(stop, RunnerStop.Parse(Encoding.UTF8.GetBytes(line)));
    }

    [Fact]
    public void Runner_stop_omits_absent_status_info()
    {
        var stop = new RunnerStop { Timestamp = 5, Flavor = "f", Workflow = "w", Repo = "r", GithubEvent = "e", Status = PostJobStatus.Abnormal, JobDuration = 0 };

        Assert.Equal(
            """{"timestamp":5,"event":"runner_stop","flavor":"f","workflow":"w","repo":"r","github_event":"e","status":"abnormal","job_duration":0}""",
            Serialize(stop));
    }

    [Fact]
    public void Runner_start_with_queue_duration_after_idle()
    {
        var start = new RunnerStart { Timestamp = 10, Flavor = "small", Workflow = "CI", Repo = "o/r", GithubEvent = "push", Idle = 1.5, QueueDuration = 42.25 };

        string line = Serialize(start);

        Assert.Equal("""{"timestamp":10,"event":"runner_start","flavor":"small","workflow":"CI","repo":"o/r","github_event":"push","idle":1.5,"queue_duration":42.25}""", line);
        Assert.Equal(start, RunnerStart.Parse(Encoding.UTF8.GetBytes(line)));
    }

    [Fact]
    public void Runner_stop_with_job_conclusion_after_job_duration()
    {
        var stop = new RunnerStop
        {
            Timestamp = 20,
            Flavor = "small",
            Workflow = "CI",
            Repo = "o/r",
            GithubEvent = "push",
            Status = PostJobStatus.ExternalContributorCheckFailure,
            StatusInfo = new ReturnCodeInformation(1),
            JobDuration = 3,
            JobConclusion = GitHubJobConclusion.TimedOut,
        };

        string line = Serialize(stop);

        Assert.Equal(
            """{"timestamp":20,"event":"runner_stop","flavor":"small","workflow":"CI","repo":"o/r","github_event":"push","status":"external-contributor-check-failure","status_info":{"code":1},"job_duration":3,"job_conclusion":"timed_out"}""",
            line);
        Assert.Equal(stop, RunnerStop.Parse(Encoding.UTF8.GetBytes(line)));
    }

    [Fact]
    public void Reconciliation()
    {
        var reconciliation = new Reconciliation { Timestamp = 1700000300, Flavor = "large", CrashedRunners = 1, IdleRunners = 4, Duration = 2.5 };

        string line = Serialize(reconciliation);

        Assert.Equal("""{"timestamp":1700000300,"event":"reconciliation","flavor":"large","crashed_runners":1,"idle_runners":4,"duration":2.5}""", line);
        Assert.Equal(reconciliation, RunnerMetrics.Events.Reconciliation.Parse(Encoding.UTF8.GetBytes(line)));
    }

    [Fact]
    public void The_serializer_reuses_its_buffer_across_events()
    {
        using var serializer = new MetricEventSerializer();
        var sink = new InMemoryMetricsSink();

        serializer.Append(new RunnerInstalled { Timestamp = 1, Flavor = "a", Duration = 2 }, sink);
        serializer.Append(new RunnerInstalled { Timestamp = 3, Flavor = "b", Duration = 4 }, sink);

        Assert.Equal(
            ["""{"timestamp":1,"event":"runner_installed","flavor":"a","duration":2}""", """{"timestamp":3,"event":"runner_installed","flavor":"b","duration":4}"""],
            sink.PendingLines);
    }

    private static string Serialize(MetricEvent metricEvent)
    {
        using var serializer = new MetricEventSerializer();
        var sink = new InMemoryMetricsSink();
        serializer.Append(metricEvent, sink);
        return Assert.Single(sink.PendingLines);
    }
}
