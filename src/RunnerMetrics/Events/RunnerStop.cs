using RunnerMetrics.Metrics;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>A runner's job ended.</summary>
[StrictJson]
public sealed partial record RunnerStop : IMetricEvent
{
    /// <summary>The <see cref="Event"/> of this kind.</summary>
    public const string Name = "runner_stop";

    /// <summary>When the job ended: the post-job timestamp.</summary>
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

    /// <summary>How the job ended.</summary>
    public required PostJobStatus Status { get; init; }

    /// <summary>The exit code, when the runner reported one.</summary>
    public ReturnCodeInformation? StatusInfo { get; init; }

    /// <summary>Seconds the job ran: end minus start, never below zero.</summary>
    public required double JobDuration { get; init; }
}
