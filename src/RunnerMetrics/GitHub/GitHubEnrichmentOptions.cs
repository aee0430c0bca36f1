using System;
using System.Collections.Generic;

namespace RunnerMetrics.GitHub;

/// <summary>How runner events are enriched with <c>queue_duration</c> and <c>job_conclusion</c> from the GitHub REST API.</summary>
public sealed record GitHubEnrichmentOptions
{
    /// <summary>github.com's REST API.</summary>
    public static readonly Uri DefaultApiUrl = new("https://api.github.com/");

    /// <summary>
    /// The API's base: <c>https://api.github.com</c>, or <c>https://HOST/api/v3</c> for GitHub Enterprise Server (request
    /// paths go under its path). Plain <c>http</c> is accepted for loopback addresses only, so the token never crosses a
    /// network in clear.
    /// </summary>
    public Uri ApiUrl { get; init; } = DefaultApiUrl;

    /// <summary>The token sent as <c>Authorization: Bearer</c>; it is never logged. Give this or <see cref="TokenSource"/>.</summary>
    public string? Token { get; init; }

    /// <summary>
    /// When set, asked for the token before each pass's lookups (so a token rotated on disk, such as an hourly GitHub App
    /// installation token, is picked up); an exception from it skips that pass's enrichment, with its message logged.
    /// </summary>
    public Func<string>? TokenSource { get; init; }

    /// <summary>
    /// The owners (users or organizations, compared without case as GitHub does) whose repositories may be looked up;
    /// empty, the default, allows any. A runner's pre-job metrics are written by the job's code and name the
    /// repository: without a list, that code chooses which repositories the token reads and spends its rate limit on.
    /// </summary>
    public IReadOnlyCollection<string> AllowedOwners { get; init; } = [];

    /// <summary>Whether <paramref name="owner"/> can be an entry of <see cref="AllowedOwners"/>: a name of ASCII letters, digits, '-', '_' and '.'.</summary>
    public static bool IsOwnerName(string owner) => WorkflowRunKey.IsOwner(owner);

    /// <summary>The <c>User-Agent</c>: GitHub rejects requests without one.</summary>
    public string UserAgent { get; init; } = "runner-metrics";

    /// <summary>How long one request may take, body included.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a pass may wait on GitHub in all; runners not enriched by then are delivered without the fields.</summary>
    public TimeSpan PassBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many workflow runs are looked up at once.</summary>
    public int MaxConcurrentLookups { get; init; } = 8;

    /// <summary>How many pages of 100 jobs are read for one workflow run at most.</summary>
    public int MaxPages { get; init; } = 30;

    /// <summary>The largest response body read; a larger one fails the lookup.</summary>
    public int MaxResponseBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The wait before the one retry of a 5xx response or a failed connection.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The pause after a secondary rate limit that names no time to wait.</summary>
    public TimeSpan SecondaryLimitPause { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest pause any rate-limit response can impose (a bad clock or header must not stop enrichment for days).</summary>
    public TimeSpan MaxPause { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The clock rate-limit pauses are measured on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
