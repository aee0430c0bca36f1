using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RunnerMetrics.GitHub;

/// <summary>
/// Finds each finished runner's job through the GitHub REST API, for <c>queue_duration</c> and <c>job_conclusion</c>.
/// One lookup per workflow run and pass (a matrix's runners share it), a bounded number at once, within a per-pass
/// budget; any failure leaves the runners without the fields, never without their events. Rate-limit pauses last
/// across passes, so keep one instance for the life of the process. Thread-safe.
/// </summary>
public sealed class GitHubJobLookup : IDisposable
{
    private readonly GitHubEnrichmentOptions _options;
    private readonly ILogger _logger;
    private readonly HttpClient _http;
    private readonly GitHubRateLimit _rateLimit;
    private readonly GitHubActionsClient _client;
    private readonly HashSet<string> _allowedOwners;

    /// <summary>Creates the lookup and its pooled HTTP connection handler.</summary>
    /// <exception cref="ArgumentException">
    /// The API URL is not absolute https (or http to a loopback address), the token is empty, or an allowed owner is not
    /// an owner name.
    /// </exception>
    public GitHubJobLookup(GitHubEnrichmentOptions options, ILogger<GitHubJobLookup>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TokenSource is null && !GitHubToken.IsValid(options.Token))
        {
            throw new ArgumentException("A token of visible ASCII characters, or a token source, is required.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentLookups, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPages, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxResponseBytes, 1024, nameof(options));
        foreach (string owner in options.AllowedOwners)
        {
            if (!GitHubEnrichmentOptions.IsOwnerName(owner))
            {
                throw new ArgumentException($"'{owner}' is not a GitHub owner name.", nameof(options));
            }
        }

        _allowedOwners = new HashSet<string>(options.AllowedOwners, StringComparer.OrdinalIgnoreCase);
        _options = options with { ApiUrl = BaseUrl(options.ApiUrl) };
        _logger = logger ?? NullLogger<GitHubJobLookup>.Instance;
        _http = new HttpClient(
            new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                // A redirect would resend the token to wherever it points.
                AllowAutoRedirect = false,
                MaxConnectionsPerServer = options.MaxConcurrentLookups,
            })
        {
            // Per-request timeouts are ours (a linked token), so this one never fires first.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.github+json");
        _http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");
        _rateLimit = new GitHubRateLimit(_options);
        _client = new GitHubActionsClient(_http, _options, _rateLimit);
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    /// <summary>The last <c>x-ratelimit-remaining</c> the API sent, or -1 before any response carried it.</summary>
    internal long RateLimitRemaining => _rateLimit.Remaining;

    /// <summary>Looks up the jobs of <paramref name="runners"/>; returns within the pass budget whatever GitHub does.</summary>
    internal async Task<JobEnrichment> LookupAsync(IReadOnlyList<RunnerJobQuery> runners, CancellationToken cancellationToken)
    {
        if (runners.Count == 0)
        {
            return JobEnrichment.None;
        }

        if (_rateLimit.IsPaused(out var until))
        {
            GitHubLog.Paused(_logger, until, runners.Count);
            return JobEnrichment.None;
        }

        if (!TryGetToken(out string token))
        {
            return JobEnrichment.None;
        }

        var credentials = new PassCredentials(token);
        var runs = GroupByRun(runners);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.PassBudget);
        // Not disposed: a lookup abandoned at the budget may still release it (it holds no wait handle).
        var slots = new SemaphoreSlim(_options.MaxConcurrentLookups);
        var lookups = new List<RunLookup>(runs.Count);
        var tasks = new List<Task>(runs.Count);
        foreach (var (key, names) in runs)
        {
            var lookup = new RunLookup(key, names);
            lookups.Add(lookup);
            tasks.Add(LookupRunAsync(lookup, credentials, slots, budget.Token));
        }

        // Every lookup observes the budget's token; the extra second covers a handler slow to notice it.
        try
        {
            await Task.WhenAll(tasks).WaitAsync(_options.PassBudget + TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            budget.Cancel();
        }

        var enrichment = Collect(lookups);
        if (_rateLimit.Limit > 0 && _rateLimit.Remaining >= 0 && _rateLimit.Remaining <= _rateLimit.Limit / 10)
        {
            GitHubLog.QuotaLow(_logger, _rateLimit.Remaining, _rateLimit.Limit, _rateLimit.Reset);
        }

        GitHubLog.Done(_logger, runs.Count, runners.Count, enrichment.Count);
        return enrichment;
    }

    private Dictionary<WorkflowRunKey, Dictionary<string, RunnerJobQuery>> GroupByRun(IReadOnlyList<RunnerJobQuery> runners)
    {
        var runs = new Dictionary<WorkflowRunKey, Dictionary<string, RunnerJobQuery>>();
        foreach (var runner in runners)
        {
            if (!WorkflowRunKey.TryCreate(runner.Repository, runner.WorkflowRunId, out var key))
            {
                GitHubLog.InvalidRun(_logger, runner.Runner);
                continue;
            }

            if (_allowedOwners.Count > 0 && !_allowedOwners.Contains(key.Owner))
            {
                GitHubLog.OwnerNotAllowed(_logger, runner.Runner, key.Repository);
                continue;
            }

            if (!runs.TryGetValue(key, out var names))
            {
                names = new Dictionary<string, RunnerJobQuery>(StringComparer.Ordinal);
                runs.Add(key, names);
            }

            names[runner.Runner] = runner;
        }

        return runs;
    }

    private bool TryGetToken(out string token)
    {
        try
        {
            token = _options.TokenSource?.Invoke() ?? _options.Token!;
        }
        // The source's own failure (an unreadable token file): enrichment waits for the next pass.
        catch (Exception exception)
        {
            GitHubLog.TokenUnavailable(_logger, exception.Message);
            token = string.Empty;
            return false;
        }

        if (!GitHubToken.IsValid(token))
        {
            GitHubLog.TokenUnavailable(_logger, "empty, or not visible ASCII");
            return false;
        }

        return true;
    }

    private async Task LookupRunAsync(RunLookup lookup, PassCredentials credentials, SemaphoreSlim slots, CancellationToken budget)
    {
        try
        {
            await slots.WaitAsync(budget).ConfigureAwait(false);
            try
            {
                lookup.Finish(await ReadPagesAsync(lookup, credentials, budget).ConfigureAwait(false));
            }
            finally
            {
                slots.Release();
            }
        }
        catch (OperationCanceledException)
        {
            lookup.Finish("the pass's GitHub time budget ran out");
        }
        // Enrichment must never cost a runner its events, whatever goes wrong here.
        catch (Exception exception)
        {
            lookup.Finish($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>Reads pages until every runner of the run is found or the pages end; null, or why it failed.</summary>
    private async Task<string?> ReadPagesAsync(RunLookup lookup, PassCredentials credentials, CancellationToken budget)
    {
        Uri? url = new(_options.ApiUrl, lookup.Key.JobsPath);
        for (int page = 1; url is not null; page++)
        {
            if (page > _options.MaxPages)
            {
                GitHubLog.PageCap(_logger, lookup.Key.ToString(), _options.MaxPages);
                return null;
            }

            if (_rateLimit.IsPaused(out var until))
            {
                return $"rate limited until {until:u}";
            }

            if (credentials.Refused)
            {
                return "not requested: the token was refused (401) earlier in this pass";
            }

            var result = await _client.GetJobsPageAsync(url, credentials.Token, budget).ConfigureAwait(false);
            if (result.TokenRefused)
            {
                credentials.Refuse();
            }

            if (result.Failure is { } failure)
            {
                return failure;
            }

            if (lookup.Match(result.Page!.Jobs))
            {
                // Every runner of the run is found: the later pages would cost requests for nothing.
                return null;
            }

            url = result.Next;
        }

        return null;
    }

    private JobEnrichment Collect(List<RunLookup> lookups)
    {
        var byRunner = new Dictionary<string, JobEnrichment.Entry>(StringComparer.Ordinal);
        foreach (var lookup in lookups)
        {
            // A lookup abandoned at the budget counts as failed; its late results are not waited for.
            if (lookup.Outcome(out string? failure) is not { } found)
            {
                GitHubLog.LookupFailed(_logger, lookup.Key.ToString(), failure!, lookup.Runners.Count);
                continue;
            }

            foreach (var (name, query) in lookup.Runners)
            {
                if (found.TryGetValue(name, out var job))
                {
                    byRunner[name] = new JobEnrichment.Entry(query, JobFacts.From(job, name, _logger));
                }
                else
                {
                    GitHubLog.JobNotFound(_logger, name, lookup.Key.ToString());
                }
            }
        }

        return new JobEnrichment(byRunner);
    }

    // Paths go under the base's path (GitHub Enterprise Server's /api/v3), so it must end with a slash.
    private static Uri BaseUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
        {
            throw new ArgumentException($"The GitHub API URL must be an absolute https URL (http only to a loopback address) without query: {url}", nameof(url));
        }

        return url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/");
    }
}
