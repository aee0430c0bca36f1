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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _capture.Dispose();
        }

        base.Dispose(disposing);
    }
}
