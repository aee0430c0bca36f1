using System;

namespace RunnerMetrics.Parsing.Tests.GitHub;

public enum WorkflowStepStatus
{
    Pending,
    Queued,
    InProgress,
    Completed,
}

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowStep
{
    public required string Name { get; init; }
    public required WorkflowStepStatus Status { get; init; }
    public WorkflowConclusion? Conclusion { get; init; }
    public required int Number { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
}
