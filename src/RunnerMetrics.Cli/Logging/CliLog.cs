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
}
