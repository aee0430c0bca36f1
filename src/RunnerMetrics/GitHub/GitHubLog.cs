using System;
using Microsoft.Extensions.Logging;

namespace RunnerMetrics.GitHub;

/// <summary>Enrichment's log messages; none carries the token or a request header.</summary>
internal static partial class GitHubLog
{
    [LoggerMessage(201, LogLevel.Warning, "GitHub lookup of {Run} failed ({Reason}); {Runners} runners' events go without queue_duration and job_conclusion")]
    public static partial void LookupFailed(ILogger logger, string run, string reason, int runners);

    [LoggerMessage(202, LogLevel.Information, "Runner {Runner}: no job with this runner_name in {Run}; its events go without queue_duration and job_conclusion")]
    public static partial void JobNotFound(ILogger logger, string runner, string run);

    [LoggerMessage(203, LogLevel.Warning, "Runner {Runner}: its pre-job metrics name no valid repository and run id; no GitHub lookup")]
    public static partial void InvalidRun(ILogger logger, string runner);

    [LoggerMessage(211, LogLevel.Warning, "Runner {Runner}: its pre-job metrics name {Repository}, whose owner is not an allowed GitHub owner; no GitHub lookup")]
    public static partial void OwnerNotAllowed(ILogger logger, string runner, string repository);

    [LoggerMessage(204, LogLevel.Warning, "GitHub API calls paused until {Until:u} (rate limit); this pass's {Runners} runners go without queue_duration and job_conclusion")]
    public static partial void Paused(ILogger logger, DateTimeOffset until, int runners);

    [LoggerMessage(205, LogLevel.Warning, "GitHub API quota low: {Remaining} of {Limit} requests left until {Reset:u}")]
    public static partial void QuotaLow(ILogger logger, long remaining, long limit, DateTimeOffset? reset);

    [LoggerMessage(206, LogLevel.Warning, "GitHub lookup of {Run} stopped at the page cap ({Pages} pages); runners on later pages go without the fields")]
    public static partial void PageCap(ILogger logger, string run, int pages);

    [LoggerMessage(207, LogLevel.Debug, "GitHub enrichment: {Runs} runs looked up for {Runners} runners, {Found} jobs found")]
    public static partial void Done(ILogger logger, int runs, int runners, int found);

    [LoggerMessage(208, LogLevel.Warning, "GitHub token unavailable ({Reason}); this pass goes without queue_duration and job_conclusion")]
    public static partial void TokenUnavailable(ILogger logger, string reason);

    /// <summary>
    /// At most <see cref="ExcerptLength"/> characters of a value from a response body, for a log line: the body may be
    /// megabytes long, and a proxy or a broken API could put all of it in one value.
    /// </summary>
    public static string Excerpt(string value) =>
        value.Length <= ExcerptLength ? value : string.Concat(value.AsSpan(0, ExcerptLength), "…");

    public const int ExcerptLength = 64;

    // A value GitHub added after this version: worth an upgrade, not a failure of the run's lookup.
    [LoggerMessage(209, LogLevel.Warning, "Runner {Runner}: its job's status '{Status}' is unknown to this version; runner_start goes without queue_duration")]
    public static partial void UnknownStatus(ILogger logger, string runner, string status);

    [LoggerMessage(210, LogLevel.Warning, "Runner {Runner}: its job's conclusion '{Conclusion}' is unknown to this version; runner_stop goes without job_conclusion")]
    public static partial void UnknownConclusion(ILogger logger, string runner, string conclusion);
}
