using System.Linq;
using RunnerMetrics.Telemetry;
using RunnerMetrics.Tests.GitHub;

namespace RunnerMetrics.Tests.Telemetry;

/// <summary>With GitHub enrichment: the queue-duration histogram and the <c>conclusion</c> tag, spelled as the log spells it.</summary>
public sealed class EnrichedJobMetricsTests : GitHubEnrichmentTestBase
{
    private readonly MeterCapture _capture = new();

    [Fact]
    public void Queue_duration_and_conclusion_are_recorded_when_known_and_match_the_log()
    {
        Runner("runner-a");
        Runner("runner-b");
        Runner("runner-unknown");
        Api.Handler = context => GitHubJson.Write(
            context,
            GitHubJson.Page(
                GitHubJson.Job("runner-a", queueSeconds: 90.5, conclusion: "failure", id: 1),
                GitHubJson.Job("runner-b", queueSeconds: 2, conclusion: "timed_out", id: 2)));

        ExtractEnriched(_capture.Instruments);

        var queued = _capture.Of(InstrumentNames.JobQueueDuration);
        Assert.Equal([2, 90.5], queued.Select(m => m.Value).Order());
        var logged = EventsNamed("runner_stop").Select(JobConclusion).Order().ToList();
        Assert.Equal([null, "failure", "timed_out"], logged);
        var tagged = _capture.Of(InstrumentNames.JobsCompleted)
            .Select(m => m.Tags.TryGetValue(TagNames.Conclusion, out string? conclusion) ? conclusion : null)
            .Order()
            .ToList();
        Assert.Equal(logged, tagged);
    }

    [Fact]
    public void The_rate_limit_gauge_shows_the_last_remaining_quota_and_is_absent_before_any_header()
    {
        Runner("runner-a");
        int remaining = 4999;
        Api.Handler = context =>
        {
            context.Response.Headers["x-ratelimit-limit"] = "5000";
            if (remaining < 4999)
            {
                context.Response.Headers["x-ratelimit-remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            remaining--;
            return GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a")));
        };

        ExtractEnriched(_capture.Instruments);
        _capture.Observe();
        Assert.Empty(_capture.Of(InstrumentNames.GitHubRateLimitRemaining));

        Runner("runner-a");
        ExtractEnriched(_capture.Instruments);
        _capture.Observe();
        var gauge = Assert.Single(_capture.Of(InstrumentNames.GitHubRateLimitRemaining));
        Assert.Equal(4998, gauge.Value);
        Assert.Equal(Flavor, gauge.Tags[TagNames.Flavor]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _capture.Dispose();
        }

        base.Dispose(disposing);
    }
}
