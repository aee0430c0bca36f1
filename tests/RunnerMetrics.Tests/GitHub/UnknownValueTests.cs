using System;
using System.Linq;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>
/// A job status or conclusion GitHub adds after this version: it costs only the runner whose own job carries it the
/// field it feeds, and is logged; on another job of the run it does not matter.
/// </summary>
public sealed class UnknownValueTests : GitHubEnrichmentTestBase
{
    private const string FutureStatus = "some_future_status";
    private const string FutureConclusion = "some_future_conclusion";

    [Fact]
    public void Unknown_values_on_another_job_of_the_page_leave_our_runner_fully_enriched()
    {
        Runner("runner-a");
        Api.Handler = context => GitHubJson.Write(
            context,
            GitHubJson.Page(
                GitHubJson.Job("other-1", status: FutureStatus, conclusion: FutureConclusion, id: 1),
                GitHubJson.Job("runner-a", queueSeconds: 42, conclusion: "failure", id: 2)));

        var result = ExtractEnriched();

        Assert.Equal(1, result.Issued.RunnerStop);
        Assert.Equal(42, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
        Assert.Equal("failure", JobConclusion(Assert.Single(EventsNamed("runner_stop"))));
        Assert.Empty(GitHubLog.WithId(LookupFailedLogId));
        Assert.Empty(GitHubLog.WithId(UnknownStatusLogId));
        Assert.Empty(GitHubLog.WithId(UnknownConclusionLogId));
    }

    [Fact]
    public void An_unknown_conclusion_on_our_job_omits_job_conclusion_keeps_queue_duration_and_is_logged_once()
    {
        Runner("runner-a");
        Api.Handler = context => GitHubJson.Write(
            context, GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 90.5, status: "completed", conclusion: FutureConclusion)));

        var result = ExtractEnriched();

        Assert.Equal(1, result.Issued.RunnerStop);
        Assert.Equal(90.5, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
        Assert.Null(JobConclusion(Assert.Single(EventsNamed("runner_stop"))));
        Assert.All(Sink.Lines, line => Assert.DoesNotContain("job_conclusion", line, StringComparison.Ordinal));
        var logged = Assert.Single(GitHubLog.WithId(UnknownConclusionLogId));
        Assert.Contains(FutureConclusion, logged.Message, StringComparison.Ordinal);
        Assert.Contains("runner-a", logged.Message, StringComparison.Ordinal);
        Assert.Empty(GitHubLog.WithId(LookupFailedLogId));
    }

    [Fact]
    public void An_unknown_status_on_our_job_omits_queue_duration_keeps_the_conclusion_and_is_logged_once()
    {
        Runner("runner-a");
        Runner("runner-b");
        Api.Handler = context => GitHubJson.Write(
            context,
            GitHubJson.Page(
                GitHubJson.Job("runner-a", queueSeconds: 5, status: FutureStatus, conclusion: "success", id: 1),
                GitHubJson.Job("runner-b", queueSeconds: 6, id: 2)));

        var result = ExtractEnriched();

        Assert.Equal(2, result.Issued.RunnerStart);
        Assert.Equal([null, 6.0], EventsNamed("runner_start").Select(QueueDuration).Order());
        Assert.Equal(["success", "success"], EventsNamed("runner_stop").Select(JobConclusion));
        var logged = Assert.Single(GitHubLog.WithId(UnknownStatusLogId));
        Assert.Contains(FutureStatus, logged.Message, StringComparison.Ordinal);
        Assert.Contains("runner-a", logged.Message, StringComparison.Ordinal);
        Assert.Empty(GitHubLog.WithId(LookupFailedLogId));
    }

    [Fact]
    public void A_huge_unknown_value_is_logged_as_an_excerpt_of_64_characters()
    {
        Runner("runner-a");
        string huge = new('x', 100_000);
        Api.Handler = context => GitHubJson.Write(
            context, GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 1, status: "completed", conclusion: huge)));

        ExtractEnriched();

        var logged = Assert.Single(GitHubLog.WithId(UnknownConclusionLogId));
        Assert.Contains(new string('x', 64) + "…", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 65), logged.Message, StringComparison.Ordinal);
    }
}
