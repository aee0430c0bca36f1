namespace RunnerMetrics.GitHub;

/// <summary>
/// The GitHub REST API's spellings of a workflow job's <c>status</c> and <c>conclusion</c> that this version knows.
/// <see cref="GitHubJob"/> keeps them as strings because GitHub adds values now and then (<c>waiting</c>,
/// <c>requested</c>, <c>pending</c> came later): a value it added must cost only the job that carries it, not the
/// whole page.
/// </summary>
public static class GitHubJobValues
{
    /// <summary>Maps a job's <c>status</c> (exactly as GitHub spells it) to <paramref name="status"/>.</summary>
    /// <returns>False for a value this version doesn't know, or null.</returns>
    public static bool TryParseStatus(string? value, out GitHubJobStatus status)
    {
        GitHubJobStatus? known = value switch
        {
            "queued" => GitHubJobStatus.Queued,
            "in_progress" => GitHubJobStatus.InProgress,
            "completed" => GitHubJobStatus.Completed,
            "waiting" => GitHubJobStatus.Waiting,
            "requested" => GitHubJobStatus.Requested,
            "pending" => GitHubJobStatus.Pending,
            _ => null,
        };
        status = known.GetValueOrDefault();
        return known.HasValue;
    }

    /// <summary>Maps a job's <c>conclusion</c> (exactly as GitHub spells it) to <paramref name="conclusion"/>.</summary>
    /// <returns>False for a value this version doesn't know, or null (the job has not ended).</returns>
    public static bool TryParseConclusion(string? value, out GitHubJobConclusion conclusion)
    {
        // The same spellings runner_stop's job_conclusion and the metrics' conclusion tag use.
        GitHubJobConclusion? known = value switch
        {
            "success" => GitHubJobConclusion.Success,
            "failure" => GitHubJobConclusion.Failure,
            "neutral" => GitHubJobConclusion.Neutral,
            "cancelled" => GitHubJobConclusion.Cancelled,
            "skipped" => GitHubJobConclusion.Skipped,
            "timed_out" => GitHubJobConclusion.TimedOut,
            "action_required" => GitHubJobConclusion.ActionRequired,
            "stale" => GitHubJobConclusion.Stale,
            _ => null,
        };
        conclusion = known.GetValueOrDefault();
        return known.HasValue;
    }
}
