using System.Text.Json.Serialization;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>A runner started a job.</summary>
[StrictJson]
public sealed partial record RunnerStart : MetricEvent
{
    /// <summary>The <see cref="Event"/> of this kind.</summary>
    public const string Name = "runner_start";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Event => Name;

    /// <summary>The workflow's name.</summary>
    public required string Workflow { get; init; }

    /// <summary>The repository, <c>owner/name</c>.</summary>
    public required string Repo { get; init; }

    /// <summary>The event that triggered the workflow.</summary>
    public required string GithubEvent { get; init; }

    /// <summary>Seconds the runner was idle: job start minus installation, never below zero.</summary>
    public required double Idle { get; init; }

    /// <summary>
    /// Seconds the job waited for a runner (the GitHub API's <c>started_at − created_at</c>, never below zero);
    /// null, and omitted, when unknown.
    /// </summary>
    public double? QueueDuration { get; init; }
}
