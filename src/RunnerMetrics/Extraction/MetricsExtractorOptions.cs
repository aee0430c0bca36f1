using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Extraction;

/// <summary>Where an extraction reads runners from and puts corrupt ones.</summary>
public sealed record MetricsExtractorOptions
{
    /// <summary>The charm's base directory of runner shared filesystems.</summary>
    public const string DefaultSharedFileSystemDirectory = "/home/ubuntu/runner-fs";

    /// <summary>The charm's quarantine directory.</summary>
    public const string DefaultQuarantineDirectory = "/home/ubuntu/runner-fs-quarantine";

    /// <summary>The charm's metrics log.</summary>
    public const string DefaultMetricsLog = "/var/log/github-runner-metrics.log";

    /// <summary>The directory whose subdirectories are runner shared filesystems.</summary>
    public string SharedFileSystemDirectory { get; init; } = DefaultSharedFileSystemDirectory;

    /// <summary>Where corrupt runners are archived as <c>&lt;runner&gt;.tar.gz</c>.</summary>
    public string QuarantineDirectory { get; init; } = DefaultQuarantineDirectory;

    /// <summary>How many delivered runners share one durable flush before their directories are removed.</summary>
    public int FlushBatchSize { get; init; } = 256;

    /// <summary>
    /// How many runners are processed at once. Above 1 the sink is shared by the workers, so it must be
    /// thread-safe (<see cref="Events.MetricsLogSink"/> and <see cref="Events.InMemoryMetricsSink"/> are),
    /// and events from different runners interleave in it.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>
    /// Where the extractor records its instruments; null for <see cref="RunnerMetricsInstruments.Shared"/>.
    /// Only durably delivered events are recorded, so the instruments agree with the metrics log.
    /// </summary>
    public RunnerMetricsInstruments? Instruments { get; init; }

    /// <summary>
    /// Extra labels on the job instruments, beyond <c>flavor</c>, <c>status</c> and <c>conclusion</c>; none by default.
    /// Their values come from untrusted files, so each is capped by <see cref="MaxLabelValues"/>.
    /// </summary>
    public JobLabels MetricLabels { get; init; } = JobLabels.None;

    /// <summary>
    /// How many distinct values each of the <see cref="MetricLabels"/> takes per extractor; later values are reported
    /// as <c>other</c>.
    /// </summary>
    public int MaxLabelValues { get; init; } = 100;
}
