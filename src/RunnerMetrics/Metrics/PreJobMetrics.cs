using System.ComponentModel.DataAnnotations;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Metrics;

/// <summary>The contents of <c>pre-job-metrics.json</c>, written by the runner when a job starts.</summary>
/// <param name="Timestamp">When the job started (UNIX time, ≥ 0).</param>
/// <param name="Workflow">The workflow's name.</param>
/// <param name="WorkflowRunId">The workflow run's id.</param>
/// <param name="Repository">The repository, <c>owner/name</c>.</param>
/// <param name="Event">The event that triggered the workflow, such as <c>push</c>.</param>
// Runner images may add fields, so unknown members are skipped; workflow, repository and event names
// repeat across a fleet, so they are interned.
[StrictJson(UnknownMembers = UnknownMembers.Skip, InternStrings = true)]
public readonly partial record struct PreJobMetrics(
    [property: Range(0, double.MaxValue)] double Timestamp,
    string Workflow,
    string WorkflowRunId,
    string Repository,
    string Event);
