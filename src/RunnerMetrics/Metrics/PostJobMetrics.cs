using System.ComponentModel.DataAnnotations;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Metrics;

/// <summary>The contents of <c>post-job-metrics.json</c>, written by the runner when a job ends.</summary>
/// <param name="Timestamp">When the job ended (UNIX time, ≥ 0).</param>
/// <param name="Status">How the job ended.</param>
/// <param name="StatusInfo">The exit code, when the runner reported one.</param>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public readonly partial record struct PostJobMetrics(
    [property: Range(0, double.MaxValue)] double Timestamp,
    PostJobStatus Status,
    ReturnCodeInformation? StatusInfo = null);
