using System.Collections.Generic;

namespace RunnerMetrics.Parsing.Tests.GitHub;

// Types that reject unknown members but model only part of the payload: a payload must be rejected with
// UnknownMember at the first member they leave out (the path names the object holding it, the byte position the member).

/// <summary>Only the action and a two-member job, rejecting everything else.</summary>
[StrictJson]
public sealed partial record StrictJobIdsEvent(WorkflowJobAction Action, StrictJobIds WorkflowJob);

[StrictJson]
public sealed partial record StrictJobIds(long Id, long RunId);

/// <summary>Skips what it doesn't know in the event and the job, but its steps reject unknown members.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record StrictStepsEvent(StrictStepsJob WorkflowJob);

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record StrictStepsJob(IReadOnlyList<StepWithoutCompletion> Steps);

/// <summary>A step without <c>completed_at</c>.</summary>
[StrictJson]
public sealed partial record StepWithoutCompletion(string Name, WorkflowStepStatus Status, WorkflowConclusion? Conclusion, int Number, System.DateTimeOffset? StartedAt);
