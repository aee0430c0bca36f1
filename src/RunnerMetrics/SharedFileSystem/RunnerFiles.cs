using System;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>The files a runner writes into its shared directory, and the limit on their size.</summary>
public static class RunnerFiles
{
    /// <summary>The largest file, in bytes, that extraction accepts; anything larger makes the runner corrupt.</summary>
    public const int MaxFileSize = 1024;

    /// <summary>
    /// The buffer size a bounded read needs: one byte more than <see cref="MaxFileSize"/>, so a file that
    /// grew after its size was checked is still caught.
    /// </summary>
    public const int ReadBufferSize = MaxFileSize + 1;

    /// <summary>Name of the plain-text UNIX time written when the runner was installed.</summary>
    public const string InstalledTimestamp = "runner-installed.timestamp";

    /// <summary>Name of the JSON document written when a job starts.</summary>
    public const string PreJobMetrics = "pre-job-metrics.json";

    /// <summary>Name of the JSON document written when a job ends.</summary>
    public const string PostJobMetrics = "post-job-metrics.json";

    /// <summary><see cref="InstalledTimestamp"/> as UTF-8.</summary>
    public static ReadOnlySpan<byte> InstalledTimestampUtf8 => "runner-installed.timestamp"u8;

    /// <summary><see cref="PreJobMetrics"/> as UTF-8.</summary>
    public static ReadOnlySpan<byte> PreJobMetricsUtf8 => "pre-job-metrics.json"u8;

    /// <summary><see cref="PostJobMetrics"/> as UTF-8.</summary>
    public static ReadOnlySpan<byte> PostJobMetricsUtf8 => "post-job-metrics.json"u8;
}
