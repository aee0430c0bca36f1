using System.Linq;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Extraction;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Event values and the exact JSON line text, member order included; contract rule 4's clamping.</summary>
public sealed class EventValuesTests : ExtractionTestBase
{
    [Fact]
    public void A_full_runner_gives_exact_start_and_stop_lines()
    {
        Fleet.Full("r");

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 0), Extract());

        Assert.Equal(
            [
                """{"timestamp":1700000100,"event":"runner_start","flavor":"small","workflow":"Build","repo":"canonical/r","github_event":"push","idle":100}""",
                """{"timestamp":1700000400,"event":"runner_stop","flavor":"small","workflow":"Build","repo":"canonical/r","github_event":"push","status":"normal","job_duration":300}""",
            ],
            Sink.Lines);
        Assert.Empty(Log.WithId(NegativeDurationLogId));
    }

    [Theory]
    [InlineData("abnormal", 1, """
        "status":"abnormal","status_info":{"code":1},
        """)]
    [InlineData("repo-policy-check-failure", null, """
        "status":"repo-policy-check-failure",
        """)]
    [InlineData("external-contributor-check-failure", null, """
        "status":"external-contributor-check-failure",
        """)]
    [InlineData("normal", 0, """
        "status":"normal","status_info":{"code":0},
        """)]
    [InlineData("abnormal", -9, """
        "status":"abnormal","status_info":{"code":-9},
        """)]
    public void Status_and_status_info_are_copied_and_status_info_omitted_when_absent(string status, int? code, string expected)
    {
        Fleet.Runner("r", "1700000000", FleetBuilder.PreJob("r"), FleetBuilder.PostJob(status: status, code: code));

        Extract();

        Assert.Equal(
            """{"timestamp":1700000400,"event":"runner_stop","flavor":"small","workflow":"Build","repo":"canonical/r","github_event":"push",""" + expected + "\"job_duration\":300}",
            Sink.Lines[1]);
    }

    [Fact]
    public void Negative_zero_timestamps_are_written_as_zero()
    {
        Fleet.Runner("r", "0", FleetBuilder.PreJob("r", timestamp: -0.0), FleetBuilder.PostJob(timestamp: -0.0));

        Extract();

        Assert.Equal(
            [
                """{"timestamp":0,"event":"runner_start","flavor":"small","workflow":"Build","repo":"canonical/r","github_event":"push","idle":0}""",
                """{"timestamp":0,"event":"runner_stop","flavor":"small","workflow":"Build","repo":"canonical/r","github_event":"push","status":"normal","job_duration":0}""",
            ],
            Sink.Lines);
    }

    [Fact]
    public void Fractional_values_and_a_scientific_installed_timestamp_are_carried_exactly()
    {
        Fleet.Runner(
            "r",
            " \t1.70000000025e9\n",
            """{"event": "workflow_dispatch", "repository": "o/n", "workflow_run_id": "9", "workflow": "CI", "timestamp": 1700000100.75, "runner_image": "added later"}""",
            """{"status": "normal", "timestamp": 1700000401, "extra": {"nested": [1, 2]}}""");

        Extract();

        Assert.Equal(
            [
                """{"timestamp":1700000100.75,"event":"runner_start","flavor":"small","workflow":"CI","repo":"o/n","github_event":"workflow_dispatch","idle":100.5}""",
                """{"timestamp":1700000401,"event":"runner_stop","flavor":"small","workflow":"CI","repo":"o/n","github_event":"workflow_dispatch","status":"normal","job_duration":300.25}""",
            ],
            Sink.Lines);
    }

    [Fact]
    public void Strings_that_need_escaping_round_trip()
    {
        const string Workflow = "Build \"ünïcödé\" / 🚀 \\ <tag> \u0001";
        Fleet.Runner(
            "r",
            "1700000000",
            $$"""{"timestamp": 1700000100, "workflow": {{System.Text.Json.JsonSerializer.Serialize(Workflow)}}, "workflow_run_id": "1", "repository": "o/n", "event": "push"}""",
            null);

        Extract();

        string line = Assert.Single(Sink.Lines);
        Assert.DoesNotContain('\n', line);
        Assert.Equal(Workflow, Events()[0].GetProperty("workflow").GetString());
        Assert.Equal(
            ["timestamp", "event", "flavor", "workflow", "repo", "github_event", "idle"],
            Events()[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Negative_idle_is_clamped_to_zero_with_a_warning()
    {
        Fleet.Full("skewed", installed: FleetBuilder.StartedAt + 50);

        Extract();

        Assert.Equal(0, Events()[0].GetProperty("idle").GetDouble());
        Assert.Contains("\"idle\":0}", Sink.Lines[0], System.StringComparison.Ordinal);
        Assert.Equal(300, Events()[1].GetProperty("job_duration").GetDouble());
        LogEntry warning = Assert.Single(Log.WithId(NegativeDurationLogId));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("skewed", warning.Message, System.StringComparison.Ordinal);
        Assert.Contains("idle", warning.Message, System.StringComparison.Ordinal);
        Assert.False(Fleet.Exists("skewed"));
    }

    [Fact]
    public void Negative_job_duration_is_clamped_to_zero_with_a_warning()
    {
        Fleet.Full("backwards", stopped: FleetBuilder.StartedAt - 1);

        Extract();

        Assert.Equal(100, Events()[0].GetProperty("idle").GetDouble());
        Assert.Equal(0, Events()[1].GetProperty("job_duration").GetDouble());
        Assert.Equal(FleetBuilder.StartedAt - 1, Events()[1].GetProperty("timestamp").GetDouble());
        LogEntry warning = Assert.Single(Log.WithId(NegativeDurationLogId));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("job_duration", warning.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Both_negative_give_two_warnings_and_zero_timestamps_are_valid()
    {
        Fleet.Runner("r", "5", FleetBuilder.PreJob("r", timestamp: 0), FleetBuilder.PostJob(timestamp: 0));
        Fleet.Runner("s", "10", FleetBuilder.PreJob("s", timestamp: 5), FleetBuilder.PostJob(timestamp: 1));

        Assert.Equal(new ExtractionResult(new IssuedEvents(2, 2), 0, 2, 0), Extract());

        Assert.All(Events().Where(e => e.TryGetProperty("idle", out _)), e => Assert.Equal(0, e.GetProperty("idle").GetDouble()));
        Assert.All(Events().Where(e => e.TryGetProperty("job_duration", out _)), e => Assert.Equal(0, e.GetProperty("job_duration").GetDouble()));
        Assert.Equal(3, Log.WithId(NegativeDurationLogId).Count);
    }

    [Fact]
    public void Each_runner_s_start_precedes_its_stop()
    {
        for (int i = 0; i < 20; i++)
        {
            Fleet.Full("r" + i);
        }

        Extract();

        Assert.Equal(40, Sink.Lines.Count);
        var events = Events();
        for (int i = 0; i < events.Count; i += 2)
        {
            Assert.Equal("runner_start", events[i].GetProperty("event").GetString());
            Assert.Equal("runner_stop", events[i + 1].GetProperty("event").GetString());
            Assert.Equal(events[i].GetProperty("repo").GetString(), events[i + 1].GetProperty("repo").GetString());
        }
    }

    [Fact]
    public void Installed_timestamp_file_name_constant_matches_the_seed()
    {
        Assert.Equal("runner-installed.timestamp", RunnerFiles.InstalledTimestamp);
        Assert.Equal("pre-job-metrics.json", RunnerFiles.PreJobMetrics);
        Assert.Equal("post-job-metrics.json", RunnerFiles.PostJobMetrics);
    }
}
