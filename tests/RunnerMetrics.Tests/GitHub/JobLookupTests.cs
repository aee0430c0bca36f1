using System;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>Finding each runner's job: paging through Link, every attempt, per-run sharing, the requests GitHub expects.</summary>
public sealed class JobLookupTests : GitHubEnrichmentTestBase
{
    [Fact]
    public void A_job_on_page_3_is_found_through_link_headers()
    {
        Runner("runner-a");
        Api.Handler = context =>
        {
            int page = GitHubJson.PageNumber(context);
            if (page < 3)
            {
                GitHubJson.LinkNext(context, page + 1, 3);
                return GitHubJson.Write(context, GitHubJson.Page(GitHubJson.OtherJobs(100, page * 100)));
            }

            return GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 90.5, conclusion: "failure", id: 999)));
        };

        var result = ExtractEnriched();

        Assert.Equal(1, result.Issued.RunnerStart);
        Assert.Equal(90.5, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
        Assert.Equal("failure", JobConclusion(Assert.Single(EventsNamed("runner_stop"))));
        Assert.Equal(["", "&page=2", "&page=3"], Api.Requests.Select(r => r.Query.Replace("?filter=all&per_page=100", "", StringComparison.Ordinal)));
        Assert.All(Api.Requests, r => Assert.Equal(JobsPath, r.Path));
    }

    [Fact]
    public void Requests_carry_the_headers_github_documents()
    {
        Runner("runner-a");
        Api.Handler = context => GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a")));

        ExtractEnriched();

        var request = Assert.Single(Api.Requests);
        Assert.Equal("Bearer " + Token, request.Authorization);
        Assert.Equal("application/vnd.github+json", request.Accept);
        Assert.Equal("2022-11-28", request.ApiVersion);
        Assert.False(string.IsNullOrWhiteSpace(request.UserAgent));
        Assert.Equal("?filter=all&per_page=100", request.Query);
    }

    [Fact]
    public void Runners_of_one_run_share_one_lookup_and_runs_are_looked_up_separately()
    {
        Runner("runner-a");
        Runner("runner-b");
        Runner("runner-c");
        Runner("runner-d", runId: "777");
        Api.Handler = context => GitHubJson.Write(
            context,
            context.Request.Path.Value!.Contains("/777/", StringComparison.Ordinal)
                ? GitHubJson.Page(GitHubJson.Job("runner-d", queueSeconds: 4, conclusion: "cancelled"))
                : GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 1), GitHubJson.Job("runner-b", queueSeconds: 2), GitHubJson.Job("runner-c", queueSeconds: 3)));

        ExtractEnriched();

        Assert.Equal(2, Api.Requests.Count);
        Assert.Equal([1.0, 2, 3, 4], EventsNamed("runner_start").Select(QueueDuration).Order());
        Assert.Equal(["cancelled", "success", "success", "success"], EventsNamed("runner_stop").Select(JobConclusion).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_runner_of_an_earlier_attempt_of_a_re_run_is_found_because_every_attempt_is_listed()
    {
        Runner("runner-first-attempt");
        // As GitHub does: filter=latest (the default) lists only the latest attempt's jobs.
        Api.Handler = context => GitHubJson.Write(
            context,
            context.Request.Query["filter"] == "all"
                ? GitHubJson.Page(GitHubJson.Job("runner-first-attempt", queueSeconds: 12, conclusion: "failure", attempt: 1, id: 1), GitHubJson.Job("runner-second", attempt: 2, id: 2))
                : GitHubJson.Page(GitHubJson.Job("runner-second", attempt: 2, id: 2)));

        ExtractEnriched();

        Assert.Equal(12, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
        Assert.Equal("failure", JobConclusion(Assert.Single(EventsNamed("runner_stop"))));
    }

    [Fact]
    public void A_job_still_in_progress_gives_queue_duration_but_no_conclusion_and_a_queued_one_neither()
    {
        Runner("runner-running");
        Runner("runner-queued");
        Api.Handler = context => GitHubJson.Write(
            context,
            GitHubJson.Page(
                GitHubJson.Job("runner-running", queueSeconds: 5, status: "in_progress", conclusion: null, id: 1),
                GitHubJson.Job("runner-queued", queueSeconds: 5, status: "queued", conclusion: null, id: 2)));

        var result = ExtractEnriched();

        Assert.Equal(2, result.Issued.RunnerStop);
        Assert.Equal([null, 5.0], EventsNamed("runner_start").Select(QueueDuration).Order());
        Assert.All(EventsNamed("runner_stop"), stop => Assert.Null(JobConclusion(stop)));
        Assert.All(Sink.Lines, line => Assert.DoesNotContain("job_conclusion", line, StringComparison.Ordinal));
    }

    [Fact]
    public void GitHub_Enterprise_Server_paths_go_under_the_base_path()
    {
        GitHubOptions = DefaultOptions("api/v3");
        Runner("runner-a");
        Api.Handler = context => context.Request.Path.StartsWithSegments("/api/v3", StringComparison.Ordinal)
            ? GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 7)))
            : GitHubJson.Write(context, "{}", StatusCodes.Status404NotFound);

        ExtractEnriched();

        Assert.Equal("/api/v3" + JobsPath, Assert.Single(Api.Requests).Path);
        Assert.Equal(7, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
    }

    [Fact]
    public void A_negative_queue_time_is_clamped_to_zero_with_a_warning()
    {
        Runner("runner-a");
        Api.Handler = context => GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: -3)));

        ExtractEnriched();

        Assert.Equal(0, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
        Assert.Contains("queue_duration", Assert.Single(Log.WithId(NegativeDurationLogId)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runner_missing_from_the_run_is_delivered_without_the_fields_and_logged_once()
    {
        Runner("runner-a");
        Runner("runner-ghost");
        Api.Handler = context => GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a")));

        var result = ExtractEnriched();

        Assert.Equal(2, result.Issued.RunnerStop);
        Assert.Contains("runner-ghost", Assert.Single(GitHubLog.WithId(JobNotFoundLogId)).Message, StringComparison.Ordinal);
        Assert.Single(EventsNamed("runner_stop"), stop => JobConclusion(stop) is null);
    }

    [Theory]
    [InlineData("../../user", "4242")]
    [InlineData("canonical/fleet?x=1", "4242")]
    [InlineData("canonical/fleet", "12/../../x")]
    [InlineData("canonical/fleet", "-1")]
    [InlineData("https://evil.example/x", "4242")]
    public void Untrusted_repository_or_run_id_that_would_steer_the_url_is_never_requested(string repository, string runId)
    {
        Runner("runner-a", repository: repository, runId: runId);

        var result = ExtractEnriched();

        Assert.Equal(1, result.Issued.RunnerStop);
        Assert.Empty(Api.Requests);
        Assert.Single(GitHubLog.WithId(InvalidRunLogId));
    }

    [Fact]
    public void A_next_link_to_another_origin_is_not_followed()
    {
        Runner("runner-a");
        Api.Handler = context =>
        {
            context.Response.Headers["Link"] = "<https://evil.example/steal?page=2>; rel=\"next\"";
            return GitHubJson.Write(context, GitHubJson.Page(GitHubJson.OtherJobs(3, 1)));
        };

        var result = ExtractEnriched();

        Assert.Equal(1, result.Issued.RunnerStop);
        Assert.Single(Api.Requests);
        Assert.Single(GitHubLog.WithId(JobNotFoundLogId));
    }

    [Fact]
    public void Without_a_lookup_no_request_is_made_and_events_are_plain()
    {
        Runner("runner-a");
        Api.Handler = context => GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a")));

        var result = Extract();

        AssertDeliveredPlain(result, 1);
        Assert.Empty(Api.Requests);
    }
}
