namespace RunnerMetrics.Telemetry;

/// <summary>
/// The names of the <see cref="RunnerMetricsInstruments"/>, spelled as Prometheus shows them: the OpenTelemetry
/// Prometheus exporters add a unit suffix only when the name lacks it and <c>_total</c> only when the name lacks it,
/// so these names come out unchanged (and OTLP carries them as they are).
/// </summary>
public static class InstrumentNames
{
    /// <summary>Counter: <c>runner_start</c> events delivered; tag <c>flavor</c> (and the configured <see cref="JobLabels"/>).</summary>
    public const string JobsStarted = "runner_metrics_jobs_started_total";

    /// <summary>Counter: <c>runner_stop</c> events delivered; tags <c>flavor</c>, <c>status</c>, <c>conclusion</c> when known.</summary>
    public const string JobsCompleted = "runner_metrics_jobs_completed_total";

    /// <summary>Histogram (s): <c>job_duration</c> of delivered <c>runner_stop</c> events.</summary>
    public const string JobDuration = "runner_metrics_job_duration_seconds";

    /// <summary>Histogram (s): <c>idle</c> of delivered <c>runner_start</c> events.</summary>
    public const string RunnerIdle = "runner_metrics_runner_idle_seconds";

    /// <summary>Histogram (s): <c>queue_duration</c> of delivered <c>runner_start</c> events that carry one.</summary>
    public const string JobQueueDuration = "runner_metrics_job_queue_duration_seconds";

    /// <summary>Counter: corrupt runners archived and removed; tag <c>flavor</c>.</summary>
    public const string RunnersQuarantined = "runner_metrics_runners_quarantined_total";

    /// <summary>Counter: runner directories removed (delivered ones and ones with no metrics); tag <c>flavor</c>.</summary>
    public const string RunnersRemoved = "runner_metrics_runners_removed_total";

    /// <summary>Histogram (s): how long each extraction pass took; tag <c>flavor</c>.</summary>
    public const string ExtractionDuration = "runner_metrics_extraction_duration_seconds";

    /// <summary>Counter: passes that stopped with an error; tag <c>flavor</c>.</summary>
    public const string ExtractionFailures = "runner_metrics_extraction_failures_total";

    /// <summary>Observable gauge (s): Unix time at which the last pass completed; tag <c>flavor</c>.</summary>
    public const string ExtractionLastSuccess = "runner_metrics_extraction_last_success_timestamp_seconds";

    /// <summary>
    /// Observable gauge: the last <c>x-ratelimit-remaining</c> the GitHub API sent, as of the end of the last pass; tag
    /// <c>flavor</c>. Only with GitHub enrichment, once a response carried the header.
    /// </summary>
    public const string GitHubRateLimitRemaining = "runner_metrics_github_api_rate_limit_remaining";
}
