using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>A runner started a job.</summary>
[StrictJson]
public sealed partial record RunnerStart : IMetricEvent
{
    /// <summary>The <see cref="Event"/> of this kind.</summary>
    public const string Name = "runner_start";

    /// <summary>When the job started: the pre-job timestamp.</summary>
    public required double Timestamp { get; init; }

    /// <inheritdoc/>
    public string Event { get; init; } = Name;

    /// <summary>The runner flavor.</summary>
    public required string Flavor { get; init; }

    /// <summary>The workflow's name.</summary>
    public required string Workflow { get; init; }

    /// <summary>The repository, <c>owner/name</c>.</summary>
    public required string Repo { get; init; }

    /// <summary>The event that triggered the workflow.</summary>
    public required string GithubEvent { get; init; }

    /// <summary>Seconds the runner was idle: job start minus installation, never below zero.</summary>
    public required double Idle { get; init; }
}
