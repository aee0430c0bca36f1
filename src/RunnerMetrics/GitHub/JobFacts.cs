namespace RunnerMetrics.GitHub;

/// <summary>What the GitHub API said about a runner's job: the raw queue time (may be negative) and the conclusion.</summary>
internal readonly record struct JobFacts(double? QueueSeconds, GitHubJobConclusion? Conclusion)
{
    public static JobFacts From(GitHubJob job) => new(
        // A queued job has no meaningful start yet, whatever started_at holds.
        job.Status is GitHubJobStatus.InProgress or GitHubJobStatus.Completed && job.StartedAt is { } started
            ? (started - job.CreatedAt).TotalSeconds
            : null,
        job.Conclusion);
}
