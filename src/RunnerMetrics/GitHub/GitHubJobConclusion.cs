namespace RunnerMetrics.GitHub;

/// <summary>
/// How a workflow job ended: its <c>conclusion</c> in the GitHub REST API (the values this version knows,
/// <see cref="GitHubJobValues.TryParseConclusion"/>), and <c>job_conclusion</c> in <c>runner_stop</c>.
/// </summary>
public enum GitHubJobConclusion
{
    /// <summary><c>success</c>.</summary>
    Success,

    /// <summary><c>failure</c>.</summary>
    Failure,

    /// <summary><c>neutral</c>.</summary>
    Neutral,

    /// <summary><c>cancelled</c>.</summary>
    Cancelled,

    /// <summary><c>skipped</c>.</summary>
    Skipped,

    /// <summary><c>timed_out</c>.</summary>
    TimedOut,

    /// <summary><c>action_required</c>.</summary>
    ActionRequired,

    /// <summary><c>stale</c>: a check-run value GitHub may also report for a job.</summary>
    Stale,
}
