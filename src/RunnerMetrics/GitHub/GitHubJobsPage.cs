using System.Collections.Generic;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.GitHub;

/// <summary>One page of <c>GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs</c>.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record GitHubJobsPage
{
    /// <summary>The jobs on all pages.</summary>
    public required int TotalCount { get; init; }

    /// <summary>The jobs on this page.</summary>
    public required IReadOnlyList<GitHubJob> Jobs { get; init; }
}
