using Microsoft.Extensions.Logging;

namespace RunnerMetrics.GitHub;

/// <summary>What the GitHub API said about a runner's job: the raw queue time (may be negative) and the conclusion.</summary>
internal readonly record struct JobFacts(double? QueueSeconds, GitHubJobConclusion? Conclusion)
{
    /// <summary>
    /// The facts of <paramref name="runner"/>'s job. A status this version doesn't know gives no queue time and an
    /// unknown conclusion none; each is logged, since only a newer version can report it.
    /// </summary>
    public static JobFacts From(GitHubJob job, string runner, ILogger logger)
    {
        bool knownStatus = GitHubJobValues.TryParseStatus(job.Status, out var status);
        if (!knownStatus)
        {
            GitHubLog.UnknownStatus(logger, runner, GitHubLog.Excerpt(job.Status));
        }

        GitHubJobConclusion? conclusion = null;
        if (GitHubJobValues.TryParseConclusion(job.Conclusion, out var known))
        {
            conclusion = known;
        }
        else if (job.Conclusion is { } unknown)
        {
            GitHubLog.UnknownConclusion(logger, runner, GitHubLog.Excerpt(unknown));
        }

        // A queued job has no meaningful start yet, whatever started_at holds; nor one whose status isn't known.
        double? queueSeconds = knownStatus && status is GitHubJobStatus.InProgress or GitHubJobStatus.Completed && job.StartedAt is { } started
            ? (started - job.CreatedAt).TotalSeconds
            : null;
        return new JobFacts(queueSeconds, conclusion);
    }
}
