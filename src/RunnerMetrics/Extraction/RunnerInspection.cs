using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Extraction;

/// <summary>A runner's verdict, why, and (when valid) its metrics.</summary>
internal readonly record struct RunnerInspection(RunnerVerdict Verdict, string? Reason, Metrics.RunnerMetrics Metrics)
{
    public static RunnerInspection Valid(Metrics.RunnerMetrics metrics) => new(RunnerVerdict.Valid, null, metrics);

    public static RunnerInspection NoMetrics(string reason) => new(RunnerVerdict.NoMetrics, reason, default);

    public static RunnerInspection Corrupt(string reason) => new(RunnerVerdict.Corrupt, reason, default);

    public static RunnerInspection Corrupt(string file, BoundedReadResult read) => new(RunnerVerdict.Corrupt, $"{file}: {read}", default);

    public static RunnerInspection Unreadable(string file, BoundedReadResult read) => new(RunnerVerdict.Unreadable, $"{file}: {read}", default);
}
