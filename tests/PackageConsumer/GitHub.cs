using System;
using System.Collections.Generic;
using RunnerMetrics.Parsing;

namespace PackageConsumer;

// GitHub's workflow_job webhook as a .NET developer would write it: the members they need, the rest skipped.

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowJobEvent(WorkflowJobAction Action, WorkflowJob WorkflowJob, Repository Repository, Account Sender);

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowJob(
    long Id,
    long RunId,
    int RunAttempt,
    JobStatus Status,
    JobConclusion? Conclusion,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string Name,
    IReadOnlyList<WorkflowStep> Steps,
    List<string> Labels,
    string? RunnerName);

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowStep(string Name, JobStatus Status, JobConclusion? Conclusion, int Number, DateTime? StartedAt, DateTime? CompletedAt);

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Repository(long Id, string FullName, bool Private, Account Owner);

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Account(string Login, long Id);

public enum WorkflowJobAction
{
    Queued,
    InProgress,
    Completed,
    Waiting,
}

public enum JobStatus
{
    Queued,
    InProgress,
    Completed,
    Waiting,
}

public enum JobConclusion
{
    Success,
    Failure,
    Cancelled,
    Skipped,
    TimedOut,
}
