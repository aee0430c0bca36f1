using System.ComponentModel.DataAnnotations;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Metrics;

/// <summary>Everything one runner's shared filesystem reported.</summary>
/// <param name="InstalledTimestamp">When the runner was installed (UNIX time, ≥ 0).</param>
/// <param name="PreJob">What the runner wrote when its job started.</param>
/// <param name="PostJob">What it wrote when the job ended; absent if the runner crashed.</param>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public readonly partial record struct RunnerMetrics(
    [property: Range(0, double.MaxValue)] double InstalledTimestamp,
    PreJobMetrics PreJob,
    PostJobMetrics? PostJob = null);
