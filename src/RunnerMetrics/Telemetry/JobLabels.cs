using System;

namespace RunnerMetrics.Telemetry;

/// <summary>
/// Extra labels on the job instruments, beyond <c>flavor</c>, <c>status</c> and <c>conclusion</c>. Their values come from
/// files untrusted workflow code writes, so each is capped (<see cref="Extraction.MetricsExtractorOptions.MaxLabelValues"/>).
/// </summary>
[Flags]
public enum JobLabels
{
    /// <summary>No extra label (the default).</summary>
    None = 0,

    /// <summary><c>repo</c>: the repository.</summary>
    Repo = 1,

    /// <summary><c>workflow</c>: the workflow's name.</summary>
    Workflow = 2,

    /// <summary><c>github_event</c>: the event that triggered the workflow.</summary>
    GithubEvent = 4,
}
