using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace RunnerMetrics.GitHub;

/// <summary>
/// GitHub's rate-limit state, read from the headers of every response and shared by every lookup of every pass.
/// While paused, no request is made at all; nobody sleeps through a pause (passes go on without enrichment).
/// </summary>
internal sealed class GitHubRateLimit(GitHubEnrichmentOptions options)
{
    private readonly object _sync = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>The last <c>x-ratelimit-remaining</c> seen, or -1.</summary>
    public long Remaining { get; private set; } = -1;

    /// <summary>The last <c>x-ratelimit-limit</c> seen, or -1.</summary>
    public long Limit { get; private set; } = -1;

    /// <summary>The last <c>x-ratelimit-reset</c> seen.</summary>
    public DateTimeOffset? Reset { get; private set; }

    public bool IsPaused(out DateTimeOffset until)
    {
        lock (_sync)
        {
            until = _pausedUntil;
            return options.TimeProvider.GetUtcNow() < until;
        }
    }

    /// <summary>Reads the quota headers; true when the response is a rate-limit refusal, which pauses calls.</summary>
    /// <param name="response">Any response from the API.</param>
    /// <param name="saysRateLimit">Whether a 403's body speaks of a rate limit (a secondary limit may carry no header).</param>
    public bool Observe(HttpResponseMessage response, bool saysRateLimit)
    {
        var headers = response.Headers;
        long? remaining = Number(headers, "x-ratelimit-remaining");
        long? limit = Number(headers, "x-ratelimit-limit");
        long? reset = Number(headers, "x-ratelimit-reset");
        var now = options.TimeProvider.GetUtcNow();
        TimeSpan? retryAfter = RetryAfter(headers.RetryAfter, now);
        lock (_sync)
        {
            Remaining = remaining ?? Remaining;
            Limit = limit ?? Limit;
            Reset = reset is { } r && r >= 0 && r < 1L << 40 ? DateTimeOffset.FromUnixTimeSeconds(r) : Reset;
            bool exhausted = remaining == 0;
            bool refused = response.StatusCode == HttpStatusCode.TooManyRequests
                || (response.StatusCode == HttpStatusCode.Forbidden && (exhausted || retryAfter is not null || saysRateLimit));
            if (!refused && !exhausted)
            {
                return false;
            }

            // As GitHub documents it: retry-after first, then the primary reset, else at least a minute.
            DateTimeOffset until = retryAfter is { } wait ? now + wait
                : exhausted && Reset is { } resetAt ? resetAt
                : now + options.SecondaryLimitPause;
            if (until > now + options.MaxPause)
            {
                until = now + options.MaxPause;
            }

            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }

            return refused;
        }
    }

    private static long? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && long.TryParse(First(values), NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            ? value
            : null;

    private static string? First(System.Collections.Generic.IEnumerable<string> values)
    {
        foreach (string value in values)
        {
            return value;
        }

        return null;
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
