using Microsoft.Extensions.Logging;

namespace RunnerMetrics.Cli.Logging;

/// <summary>The tool's own log messages.</summary>
internal static partial class CliLog
{
    [LoggerMessage(101, LogLevel.Error, "The pass failed: {Reason}; retrying in {Interval}")]
    public static partial void PassFailed(ILogger logger, string reason, System.TimeSpan interval);

    [LoggerMessage(102, LogLevel.Information, "Stopping: the current pass finished")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(103, LogLevel.Warning, "The GitHub token file is readable or writable by other users; restrict it to its owner (chmod 600)")]
    public static partial void TokenFileShared(ILogger logger);

    // Tests and operators find the port chosen for port 0 in this line.
    [LoggerMessage(104, LogLevel.Information, "Serving Prometheus metrics on {Address} (paths {MetricsPath} and {HealthPath})")]
    public static partial void Listening(ILogger logger, System.Uri address, string metricsPath, string healthPath);

    [LoggerMessage(105, LogLevel.Information, "Pushing OTLP metrics to {Endpoint} (after every pass, and once when stopping)")]
    public static partial void OtlpPushing(ILogger logger, string endpoint);

    [LoggerMessage(106, LogLevel.Warning, "OTLP export: {Problem}")]
    public static partial void OtlpExportProblem(ILogger logger, string problem);
}
