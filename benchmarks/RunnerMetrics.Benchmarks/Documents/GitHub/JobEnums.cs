using System.Text.Json.Serialization;

namespace RunnerMetrics.Benchmarks.Documents.GitHub;

/// <summary>The <c>action</c> of a <c>workflow_job</c> webhook.</summary>
public enum WorkflowJobAction
{
    Queued,
    [JsonStringEnumMemberName("in_progress")]
    InProgress,
    Completed,
    Waiting,
}

/// <summary>A job's or step's <c>status</c>.</summary>
public enum JobStatus
{
    Queued,
    [JsonStringEnumMemberName("in_progress")]
    InProgress,
    Completed,
    Waiting,
    Requested,
    Pending,
}

/// <summary>A job's or step's <c>conclusion</c>, once it has one.</summary>
public enum JobConclusion
{
    Success,
    Failure,
    Neutral,
    Cancelled,
    Skipped,
    [JsonStringEnumMemberName("timed_out")]
    TimedOut,
    [JsonStringEnumMemberName("action_required")]
    ActionRequired,
}
