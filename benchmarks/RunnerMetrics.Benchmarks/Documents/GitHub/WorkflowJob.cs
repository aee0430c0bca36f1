using System;
using System.Collections.Generic;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Documents.GitHub;

/// <summary>The job of a <c>workflow_job</c> webhook.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowJob(
    long Id,
    long RunId,
    int RunAttempt,
    string HeadSha,
    string? HeadBranch,
    JobStatus Status,
    JobConclusion? Conclusion,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string Name,
    IReadOnlyList<WorkflowStep> Steps,
    List<string> Labels,
    long? RunnerId,
    string? RunnerName,
    long? RunnerGroupId,
    string? RunnerGroupName,
    string? WorkflowName);

/// <summary>One step of a job.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowStep(
    string Name,
    JobStatus Status,
    JobConclusion? Conclusion,
    int Number,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt);
