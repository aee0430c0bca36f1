namespace RunnerMetrics.GitHub;

/// <summary>A workflow job's <c>status</c> in the GitHub REST API: the values this version knows (<see cref="GitHubJobValues.TryParseStatus"/>).</summary>
public enum GitHubJobStatus
{
    /// <summary><c>queued</c>: waiting for a runner.</summary>
    Queued,

    /// <summary><c>in_progress</c>: a runner took it.</summary>
    InProgress,

    /// <summary><c>completed</c>: it ended; see its conclusion.</summary>
    Completed,

    /// <summary><c>waiting</c>: held by a deployment protection rule.</summary>
    Waiting,

    /// <summary><c>requested</c>: created, not yet queued.</summary>
    Requested,

    /// <summary><c>pending</c>: waiting on a concurrency group.</summary>
    Pending,
}
