using System;
using System.Runtime.Versioning;
using RunnerMetrics.Metrics;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Extraction;

/// <summary>
/// Reads a runner's three files with bounded reads and decides, in the contract's order, whether it is
/// valid, has no metrics, or is corrupt.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class RunnerInspector
{
    public static RunnerInspection Inspect(RunnerDirectory runner)
    {
        // One stack buffer serves all three files: each is parsed before the next is read.
        Span<byte> buffer = stackalloc byte[RunnerFiles.ReadBufferSize];

        var installedRead = runner.ReadFile(RunnerFiles.InstalledTimestampUtf8, buffer);
        double installedAt = 0;
        bool installedParses = installedRead.IsOk && InstalledTimestamp.TryParse(buffer[..installedRead.Length], out installedAt);

        var preRead = runner.ReadFile(RunnerFiles.PreJobMetricsUtf8, buffer);
        PreJobMetrics preJob = default;
        var preError = default(Parsing.StrictJsonError);
        bool preParses = preRead.IsOk && PreJobMetrics.TryParse(buffer[..preRead.Length], out preJob, out preError);

        var postRead = runner.ReadFile(RunnerFiles.PostJobMetricsUtf8, buffer);
        PostJobMetrics postJob = default;
        var postError = default(Parsing.StrictJsonError);
        bool postParses = postRead.IsOk && PostJobMetrics.TryParse(buffer[..postRead.Length], out postJob, out postError);

        // A hostile entry (link, FIFO, directory, hard link, oversize) makes the runner corrupt whatever else it holds.
        if (installedRead.IsHostile)
        {
            return RunnerInspection.Corrupt(RunnerFiles.InstalledTimestamp, installedRead);
        }

        if (preRead.IsHostile)
        {
            return RunnerInspection.Corrupt(RunnerFiles.PreJobMetrics, preRead);
        }

        if (postRead.IsHostile)
        {
            return RunnerInspection.Corrupt(RunnerFiles.PostJobMetrics, postRead);
        }

        if (installedRead.Status == BoundedReadStatus.IoError)
        {
            return RunnerInspection.Unreadable(RunnerFiles.InstalledTimestamp, installedRead);
        }

        if (preRead.Status == BoundedReadStatus.IoError)
        {
            return RunnerInspection.Unreadable(RunnerFiles.PreJobMetrics, preRead);
        }

        if (postRead.Status == BoundedReadStatus.IoError)
        {
            return RunnerInspection.Unreadable(RunnerFiles.PostJobMetrics, postRead);
        }

        if (installedRead.Status == BoundedReadStatus.Missing)
        {
            return RunnerInspection.NoMetrics($"no {RunnerFiles.InstalledTimestamp}");
        }

        if (preRead.Status == BoundedReadStatus.Missing)
        {
            return RunnerInspection.NoMetrics($"no {RunnerFiles.PreJobMetrics}");
        }

        if (!installedParses)
        {
            return RunnerInspection.Corrupt($"{RunnerFiles.InstalledTimestamp} is not a finite, non-negative decimal number");
        }

        if (!preParses)
        {
            return RunnerInspection.Corrupt($"{RunnerFiles.PreJobMetrics}: {preError}");
        }

        bool hasPostJob = postRead.Status != BoundedReadStatus.Missing;
        if (hasPostJob && !postParses)
        {
            return RunnerInspection.Corrupt($"{RunnerFiles.PostJobMetrics}: {postError}");
        }

        return RunnerInspection.Valid(new Metrics.RunnerMetrics(installedAt, preJob, hasPostJob ? postJob : null));
    }
}
