using System.Collections.Generic;

namespace RunnerMetrics.Telemetry;

/// <summary>
/// Explicit bucket boundaries, given to the instruments as advice (an exporter's view can replace them).
/// The default OpenTelemetry boundaries (0 to 10 000 ms) suit requests, not CI jobs.
/// </summary>
public static class HistogramBuckets
{
    /// <summary>Job, idle and queue times: from a second to a day, in seconds.</summary>
    public static IReadOnlyList<double> JobSeconds { get; } =
        [1, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400];

    /// <summary>Extraction passes: from 10 ms to 10 minutes, in seconds.</summary>
    public static IReadOnlyList<double> PassSeconds { get; } =
        [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];
}
