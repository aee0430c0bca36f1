using System;
using System.Collections.Generic;

namespace RunnerMetrics.Parsing.Tests.GitHub;

public enum WorkflowJobStatus
{
    Requested,
    Queued,
    Pending,
    Waiting,
    InProgress,
    Completed,
}

/// <summary>How a job or a step ended.</summary>
public enum WorkflowConclusion
{
    Success,
    Failure,
    Neutral,
    Cancelled,
    Skipped,
    TimedOut,
    ActionRequired,
}

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowJob
{
    public required long Id { get; init; }
    public required long RunId { get; init; }
    public required int RunAttempt { get; init; }
    public string? WorkflowName { get; init; }
    public string? HeadBranch { get; init; }
    public required string HeadSha { get; init; }
    public required string NodeId { get; init; }
    public required string Url { get; init; }
    public required string HtmlUrl { get; init; }
    public required WorkflowJobStatus Status { get; init; }
    public WorkflowConclusion? Conclusion { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<WorkflowStep> Steps { get; init; }
    public required List<string> Labels { get; init; }
    public long? RunnerId { get; init; }
    public string? RunnerName { get; init; }
    public long? RunnerGroupId { get; init; }
    public string? RunnerGroupName { get; init; }
}
