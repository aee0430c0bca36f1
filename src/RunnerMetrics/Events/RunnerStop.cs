using System.Text.Json.Serialization;
using RunnerMetrics.GitHub;
using RunnerMetrics.Metrics;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>A runner's job ended.</summary>
[StrictJson]
public sealed partial record RunnerStop : MetricEvent
{
    /// <summary>The <see cref="Event"/> of this kind.</summary>
    public const string Name = "runner_stop";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Event => Name;

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

    /// <summary>The job's conclusion as the GitHub API reports it; null, and omitted, when unknown.</summary>
    public GitHubJobConclusion? JobConclusion { get; init; }
}
