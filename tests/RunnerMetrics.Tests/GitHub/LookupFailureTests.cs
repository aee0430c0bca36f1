using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>Every way a lookup fails ends in the plain events, one log line with the reason, and no runner left behind.</summary>
public sealed class LookupFailureTests : GitHubEnrichmentTestBase
{
    [Theory]
    [InlineData(StatusCodes.Status401Unauthorized, "401")]
    [InlineData(StatusCodes.Status404NotFound, "404")]
    [InlineData(StatusCodes.Status403Forbidden, "403")]
    [InlineData(StatusCodes.Status422UnprocessableEntity, "422")]
    public void A_client_error_is_logged_once_and_not_retried(int status, string reason)
    {
        Runner("runner-a");
        Runner("runner-b");
        Api.Handler = context => GitHubJson.Write(context, """{"message": "Bad credentials"}""", status);

        var result = ExtractEnriched();

        AssertDeliveredPlain(result, 2);
        Assert.Single(Api.Requests);
        Assert.Contains(reason, Assert.Single(GitHubLog.WithId(LookupFailedLogId)).Message, StringComparison.Ordinal);
        Assert.Empty(GitHubLog.WithId(PausedLogId));
    }

    [Fact]
    public void After_a_401_the_pass_makes_no_further_request_and_the_next_pass_tries_again()
    {
        GitHubOptions = GitHubOptions with { MaxConcurrentLookups = 1 };
        Runner("runner-a", runId: "1");
        Runner("runner-b", runId: "2");
        Runner("runner-c", runId: "3");
        Api.Handler = context => GitHubJson.Write(context, """{"message": "Bad credentials"}""", StatusCodes.Status401Unauthorized);

        var result = ExtractEnriched();

        AssertDeliveredPlain(result, 3);
        Assert.Single(Api.Requests);
        Assert.Equal(3, GitHubLog.WithId(LookupFailedLogId).Count);

        Runner("runner-d", runId: "4");
        ExtractEnriched();
        Assert.Equal(2, Api.Requests.Count);
    }

    [Fact]
    public void A_server_error_is_retried_once_and_the_retry_enriches()
    {
        Runner("runner-a");
        int calls = 0;
        Api.Handler = context => Interlocked.Increment(ref calls) == 1
            ? GitHubJson.Write(context, "oops", StatusCodes.Status500InternalServerError)
            : GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 30)));

        ExtractEnriched();

        Assert.Equal(2, Api.Requests.Count);
        Assert.Equal(30, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
        Assert.Empty(GitHubLog.WithId(LookupFailedLogId));
    }

    [Fact]
    public void A_server_error_that_persists_is_given_up_after_one_retry()
    {
        Runner("runner-a");
        Api.Handler = context => GitHubJson.Write(context, "oops", StatusCodes.Status502BadGateway);

        var result = ExtractEnriched();

        AssertDeliveredPlain(result, 1);
        Assert.Equal(2, Api.Requests.Count);
        Assert.Contains("502", Assert.Single(GitHubLog.WithId(LookupFailedLogId)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_slower_than_the_timeout_is_abandoned_and_not_retried()
    {
        GitHubOptions = DefaultOptions() with { RequestTimeout = TimeSpan.FromMilliseconds(300) };
        Runner("runner-a");
        Api.Handler = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
            await GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a")));
        };

        var started = DateTime.UtcNow;
        var result = ExtractEnriched();

        // Generous: far below the 20 s the server would take.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the pass waited on the slow server");
        AssertDeliveredPlain(result, 1);
        Assert.Single(Api.Requests);
        Assert.Contains("no response within", Assert.Single(GitHubLog.WithId(LookupFailedLogId)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"total_count": 1, "jobs": [{"id": 1,""")]
    [InlineData("""{"total_count": 1, "jobs": [{"id": 1, "status": "completed", "created_at": "yesterday"}]}""")]
    [InlineData("""{"total_count": 1, "jobs": [{"id": 1, "status": 7, "created_at": "2026-01-01T00:00:00Z"}]}""")]
    [InlineData("""{"total_count": 1, "jobs": [{"id": 1, "status": "completed", "conclusion": false, "created_at": "2026-01-01T00:00:00Z"}]}""")]
    [InlineData("""{"total_count": 1, "jobs": [{"id": 1, "status": null, "created_at": "2026-01-01T00:00:00Z"}]}""")]
    [InlineData("""{"total_count": 1, "jobs": [{"id": 1, "created_at": "2026-01-01T00:00:00Z"}]}""")]
    [InlineData("""{"total_count": 1}""")]
    [InlineData("<html>Unicorn!</html>")]
    public void A_malformed_body_is_logged_with_its_error(string body)
    {
        Runner("runner-a");
        Api.Handler = context => GitHubJson.Write(context, body);

        var result = ExtractEnriched();

        AssertDeliveredPlain(result, 1);
        Assert.Contains("malformed response", Assert.Single(GitHubLog.WithId(LookupFailedLogId)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_body_far_over_the_bound_is_refused_whether_or_not_its_length_is_declared(bool declareLength)
    {
        GitHubOptions = DefaultOptions() with { MaxResponseBytes = 64 * 1024 };
        Runner("runner-a");
        // 100 jobs with their steps: about 40 MB if it were all read.
        string job = GitHubJson.Job("other", id: 5);
        string page = GitHubJson.Page([.. Enumerable.Repeat(job, 100_000)]);
        Api.Handler = async context =>
        {
            if (declareLength)
            {
                context.Response.ContentLength = System.Text.Encoding.UTF8.GetByteCount(page);
            }

            await GitHubJson.Write(context, page);
        };

        var result = ExtractEnriched();

        AssertDeliveredPlain(result, 1);
        Assert.Contains("over 65536 bytes", Assert.Single(GitHubLog.WithId(LookupFailedLogId)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void A_body_of_exactly_the_bound_is_read_and_one_byte_more_is_refused(int over, bool enriched)
    {
        const int Bound = 64 * 1024;
        GitHubOptions = DefaultOptions() with { MaxResponseBytes = Bound };
        Runner("runner-a");
        string page = GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 4));
        // Trailing JSON whitespace pads the page to the exact size; sent chunked, so only the reader's bound decides.
        string body = page + new string(' ', Bound + over - System.Text.Encoding.UTF8.GetByteCount(page));
        Api.Handler = context => GitHubJson.Write(context, body);

        ExtractEnriched();

        Assert.Equal(enriched ? 4 : null, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
        Assert.Equal(enriched ? 0 : 1, GitHubLog.WithId(LookupFailedLogId).Count);
    }

    [Fact]
    public void A_refused_connection_is_retried_once_then_logged()
    {
        // A port nobody listens on: the fake's, after it stopped.
        GitHubOptions = DefaultOptions();
        Api.Dispose();
        Runner("runner-a");

        var result = ExtractEnriched();

        AssertDeliveredPlain(result, 1);
        Assert.Contains("after a retry", Assert.Single(GitHubLog.WithId(LookupFailedLogId)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pass_budget_bounds_the_wait_on_many_slow_runs_and_lookups_run_at_most_eight_at_once()
    {
        GitHubOptions = DefaultOptions() with { PassBudget = TimeSpan.FromSeconds(2), RequestTimeout = TimeSpan.FromSeconds(30) };
        for (int i = 0; i < 40; i++)
        {
            Runner($"runner-{i:D2}", runId: (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Api.Handler = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
            await GitHubJson.Write(context, GitHubJson.Page(GitHubJson.OtherJobs(1, 1)));
        };

        var started = DateTime.UtcNow;
        var result = ExtractEnriched();

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the pass outlived its GitHub budget by far");
        AssertDeliveredPlain(result, 40);
        Assert.InRange(Api.MaxInFlight, 2, 8);
        // 40 runs at 1 s, 8 at once, is 5 s of work: the budget cuts some short, and each is logged once.
        Assert.Equal(40, GitHubLog.WithId(LookupFailedLogId).Count + GitHubLog.WithId(JobNotFoundLogId).Count);
        Assert.Contains(GitHubLog.WithId(LookupFailedLogId), e => e.Message.Contains("budget", StringComparison.Ordinal));
    }
}
