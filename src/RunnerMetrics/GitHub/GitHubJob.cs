using System;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.GitHub;

/// <summary>
/// The members of a workflow job (<c>GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs</c>) that enrichment
/// needs; the rest of GitHub's object is skipped.
/// </summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record GitHubJob
{
    /// <summary>The job's id.</summary>
    public required long Id { get; init; }

    /// <summary>The attempt of the workflow run the job belongs to (1 unless the run was re-run).</summary>
    public int? RunAttempt { get; init; }

    /// <summary>Where the job stands.</summary>
    public required GitHubJobStatus Status { get; init; }

    /// <summary>How it ended; null until it has.</summary>
    public GitHubJobConclusion? Conclusion { get; init; }

    /// <summary>When the job was created (queued).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a runner started it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>The runner that took it; null while queued.</summary>
    public string? RunnerName { get; init; }
}
