using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using RunnerMetrics.Extraction;
using RunnerMetrics.GitHub;
using RunnerMetrics.Telemetry;
using RunnerMetrics.Tests.Extraction;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>
/// Extraction with GitHub enrichment against a <see cref="FakeGitHubApi"/>: runners of one repository and run by
/// default, a capturing logger for the lookup, and a check that the token shows up in no log line and no event.
/// </summary>
public abstract class GitHubEnrichmentTestBase : ExtractionTestBase
{
    public const string Repository = "canonical/fleet";
    public const string RunId = "4242";
    public const string JobsPath = "/repos/canonical/fleet/actions/runs/4242/jobs";
    public const string Token = "ghs_SecretTestToken0123456789";

    /// <summary>The lookup's <c>LoggerMessage</c> event ids (GitHubLog).</summary>
    protected const int LookupFailedLogId = 201;
    protected const int JobNotFoundLogId = 202;
    protected const int InvalidRunLogId = 203;
    protected const int PausedLogId = 204;
    protected const int QuotaLowLogId = 205;
    protected const int TokenUnavailableLogId = 208;
    protected const int UnknownStatusLogId = 209;
    protected const int UnknownConclusionLogId = 210;

    private GitHubJobLookup? _lookup;

    private protected GitHubEnrichmentTestBase() => GitHubOptions = DefaultOptions();

    private protected FakeGitHubApi Api { get; } = new();

    private protected CapturingLogger<GitHubJobLookup> GitHubLog { get; } = new();

    private protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Short timeouts so failure tests end fast; a test may change them before the first pass.</summary>
    private protected GitHubEnrichmentOptions GitHubOptions { get; set; }

    /// <summary>The one lookup of the test (created on first use), so rate-limit pauses hold across passes as in a process.</summary>
    private protected GitHubJobLookup Lookup => _lookup ??= new GitHubJobLookup(GitHubOptions, GitHubLog);

    private protected GitHubEnrichmentOptions DefaultOptions(string basePath = "") => new()
    {
        ApiUrl = new Uri(Api.Origin, basePath),
        Token = Token,
        RequestTimeout = TimeSpan.FromSeconds(5),
        PassBudget = TimeSpan.FromSeconds(20),
        RetryDelay = TimeSpan.FromMilliseconds(50),
        TimeProvider = Clock,
    };

    /// <summary>A finished runner of <paramref name="repository"/>'s run <paramref name="runId"/>.</summary>
    private protected void Runner(string name, string repository = Repository, string runId = RunId, bool stopped = true) =>
        Fleet.Runner(
            name,
            FleetBuilder.Number(FleetBuilder.InstalledAt),
            $$"""{"timestamp": 1700000100, "workflow": "Build", "workflow_run_id": "{{runId}}", "repository": "{{repository}}", "event": "push"}""",
            stopped ? FleetBuilder.PostJob() : null);

    /// <summary>One enriched pass, recording on <paramref name="instruments"/> when given.</summary>
    private protected ExtractionResult ExtractEnriched(RunnerMetricsInstruments? instruments = null)
    {
        var extractor = new MetricsExtractor(
            new MetricsExtractorOptions { SharedFileSystemDirectory = Fleet.BaseDirectory, QuarantineDirectory = QuarantineDirectory, Instruments = instruments },
            Sink,
            Log,
            Lookup);
        return Run(extractor);
    }

    /// <summary>The delivered events of <paramref name="eventName"/>, by runner order in the log.</summary>
    private protected IReadOnlyList<JsonElement> EventsNamed(string eventName) =>
        [.. Events().Where(e => e.GetProperty("event").GetString() == eventName)];

    private protected static double? QueueDuration(JsonElement start) =>
        start.TryGetProperty("queue_duration", out var value) ? value.GetDouble() : null;

    private protected static string? JobConclusion(JsonElement stop) =>
        stop.TryGetProperty("job_conclusion", out var value) ? value.GetString() : null;

    /// <summary>Every runner delivered (start and stop) and none enriched.</summary>
    private protected void AssertDeliveredPlain(ExtractionResult result, int runners)
    {
        Assert.Equal(new IssuedEvents(runners, runners), result.Issued);
        Assert.Empty(System.IO.Directory.GetDirectories(Fleet.BaseDirectory));
        Assert.All(EventsNamed("runner_start"), start => Assert.Null(QueueDuration(start)));
        Assert.All(EventsNamed("runner_stop"), stop => Assert.Null(JobConclusion(stop)));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // The token must never reach a log line or an event, whatever the test did.
            Assert.DoesNotContain(GitHubLog.Entries, entry => entry.Message.Contains(Token, StringComparison.Ordinal));
            Assert.DoesNotContain(Log.Entries, entry => entry.Message.Contains(Token, StringComparison.Ordinal));
            Assert.DoesNotContain(Sink.Lines, line => line.Contains(Token, StringComparison.Ordinal));
            _lookup?.Dispose();
            Api.Dispose();
        }

        base.Dispose(disposing);
    }
}
