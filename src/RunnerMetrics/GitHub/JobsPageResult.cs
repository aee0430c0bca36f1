using System;

namespace RunnerMetrics.GitHub;

/// <summary>One jobs page, with the next page's URL; or why it could not be had.</summary>
internal readonly record struct JobsPageResult(GitHubJobsPage? Page, Uri? Next, string? Failure, bool TokenRefused = false)
{
    public static JobsPageResult Failed(string reason) => new(null, null, reason);
}
