using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>
/// Rate limits as GitHub documents them: a refusal pauses every call (this pass and the next) until the reset or the
/// retry-after, at least a minute for a bare secondary limit; the passes go on delivering plain events meanwhile.
/// </summary>
public sealed class RateLimitTests : GitHubEnrichmentTestBase
{
    private static readonly string[] Runners = ["runner-a", "runner-b", "runner-c"];

    private volatile bool _refusing = true;

    public RateLimitTests() =>
        // One lookup at a time, so "stops calling" is exact: none in flight when the refusal comes.
        GitHubOptions = GitHubOptions with { MaxConcurrentLookups = 1 };

    [Fact]
    public void A_primary_limit_stops_calls_until_the_reset_and_every_runner_is_delivered()
    {
        var reset = Clock.GetUtcNow() + TimeSpan.FromMinutes(30);
        Refuse(context =>
        {
            context.Response.Headers["x-ratelimit-limit"] = "5000";
            context.Response.Headers["x-ratelimit-remaining"] = "0";
            context.Response.Headers["x-ratelimit-reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return GitHubJson.Write(context, """{"message": "API rate limit exceeded"}""", StatusCodes.Status403Forbidden);
        });

        AssertPausedThenResumed(pausedFor: TimeSpan.FromMinutes(29), resumesAfter: TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void A_secondary_limit_with_retry_after_stops_calls_for_that_long()
    {
        Refuse(context =>
        {
            context.Response.Headers["retry-after"] = "120";
            return GitHubJson.Write(context, """{"message": "You have exceeded a secondary rate limit"}""", StatusCodes.Status429TooManyRequests);
        });

        AssertPausedThenResumed(pausedFor: TimeSpan.FromSeconds(110), resumesAfter: TimeSpan.FromSeconds(11));
    }

    [Fact]
    public void A_secondary_limit_without_headers_stops_calls_for_at_least_a_minute()
    {
        Refuse(context => GitHubJson.Write(context, """{"message": "You have exceeded a secondary rate limit. Please wait a few minutes"}""", StatusCodes.Status403Forbidden));

        AssertPausedThenResumed(pausedFor: TimeSpan.FromSeconds(59), resumesAfter: TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_reset_days_away_pauses_for_at_most_an_hour()
    {
        Refuse(context =>
        {
            context.Response.Headers["x-ratelimit-remaining"] = "0";
            context.Response.Headers["x-ratelimit-reset"] = (Clock.GetUtcNow() + TimeSpan.FromDays(3)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return GitHubJson.Write(context, "{}", StatusCodes.Status429TooManyRequests);
        });

        AssertPausedThenResumed(pausedFor: TimeSpan.FromMinutes(59), resumesAfter: TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void The_last_request_of_the_quota_pauses_calls_before_any_refusal_and_a_low_quota_is_logged()
    {
        Runner("runner-a");
        Api.Handler = context =>
        {
            context.Response.Headers["x-ratelimit-limit"] = "5000";
            context.Response.Headers["x-ratelimit-remaining"] = "0";
            context.Response.Headers["x-ratelimit-reset"] = (Clock.GetUtcNow() + TimeSpan.FromMinutes(10)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 3)));
        };

        ExtractEnriched();
        Assert.Equal(3, QueueDuration(Assert.Single(EventsNamed("runner_start"))));
        Assert.Contains("0 of 5000", Assert.Single(GitHubLog.WithId(QuotaLowLogId)).Message, StringComparison.Ordinal);

        Runner("runner-b");
        ExtractEnriched();
        Assert.Single(Api.Requests);
        Assert.Single(GitHubLog.WithId(PausedLogId));
    }

    [Fact]
    public void A_comfortable_quota_is_not_logged()
    {
        Runner("runner-a");
        Api.Handler = context =>
        {
            context.Response.Headers["x-ratelimit-limit"] = "5000";
            context.Response.Headers["x-ratelimit-remaining"] = "4000";
            return GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a")));
        };

        ExtractEnriched();

        Assert.Empty(GitHubLog.WithId(QuotaLowLogId));
    }

    /// <summary>Three runs; the fake refuses until <see cref="_refusing"/> is cleared, then answers every runner's job.</summary>
    private void Refuse(Func<HttpContext, Task> refusal)
    {
        for (int i = 0; i < Runners.Length; i++)
        {
            Runner(Runners[i], runId: (100 + i).ToString(CultureInfo.InvariantCulture));
        }

        Api.Handler = context => _refusing
            ? refusal(context)
            : GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-d", queueSeconds: 8)));
    }

    private void AssertPausedThenResumed(TimeSpan pausedFor, TimeSpan resumesAfter)
    {
        var started = DateTime.UtcNow;
        var first = ExtractEnriched();

        // The first refusal stops the pass's calls; the pass goes on and delivers every runner plainly, promptly.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the pass waited out the rate limit");
        AssertDeliveredPlain(first, Runners.Length);
        Assert.Single(Api.Requests);
        Assert.Equal(Runners.Length, GitHubLog.WithId(LookupFailedLogId).Count);
        Assert.Contains("rate limited", GitHubLog.WithId(LookupFailedLogId)[0].Message, StringComparison.Ordinal);

        // Later passes make no call at all while the pause lasts.
        Clock.Advance(pausedFor);
        _refusing = false;
        Runner("runner-d", runId: "200");
        var second = ExtractEnriched();
        AssertDeliveredPlain(second, 1);
        Assert.Single(Api.Requests);
        Assert.Single(GitHubLog.WithId(PausedLogId));

        // Then calls resume.
        Clock.Advance(resumesAfter);
        Runner("runner-d", runId: "200");
        ExtractEnriched();
        Assert.Equal(2, Api.Requests.Count);
        Assert.Equal(8, QueueDuration(EventsNamed("runner_start")[^1]));
    }
}
