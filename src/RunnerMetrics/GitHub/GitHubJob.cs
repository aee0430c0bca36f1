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

    /// <summary>
    /// Where the job stands, as GitHub spells it (<c>queued</c>, <c>in_progress</c>, <c>completed</c>, …). A string, not
    /// <see cref="GitHubJobStatus"/>, so a value GitHub adds later doesn't fail the page; map it with
    /// <see cref="GitHubJobValues.TryParseStatus"/>.
    /// </summary>
    public required string Status { get; init; }

    /// <summary>
    /// How it ended, as GitHub spells it (<c>success</c>, <c>failure</c>, …); null until it has. A string, not
    /// <see cref="GitHubJobConclusion"/>, so a value GitHub adds later doesn't fail the page; map it with
    /// <see cref="GitHubJobValues.TryParseConclusion"/>.
    /// </summary>
    public string? Conclusion { get; init; }

    /// <summary>When the job was created (queued).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a runner started it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>The runner that took it; null while queued.</summary>
    public string? RunnerName { get; init; }
}
