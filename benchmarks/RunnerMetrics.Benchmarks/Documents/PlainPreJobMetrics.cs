using System.ComponentModel.DataAnnotations;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>
/// <see cref="Metrics.PreJobMetrics"/> without <c>InternStrings</c>: the same members and options, so the
/// generated parser allocates its four strings like System.Text.Json does.
/// </summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public readonly partial record struct PlainPreJobMetrics(
    [property: Range(0, double.MaxValue)] double Timestamp,
    string Workflow,
    string WorkflowRunId,
    string Repository,
    string Event);
