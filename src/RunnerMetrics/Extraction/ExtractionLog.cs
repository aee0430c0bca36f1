using Microsoft.Extensions.Logging;

namespace RunnerMetrics.Extraction;

/// <summary>The extraction's log messages, source-generated so logging costs nothing when disabled.</summary>
internal static partial class ExtractionLog
{
    [LoggerMessage(1, LogLevel.Debug, "Runner {Runner} is claimed by another extraction; skipped")]
    public static partial void ClaimedElsewhere(ILogger logger, string runner);

    [LoggerMessage(2, LogLevel.Warning, "Runner {Runner} is corrupt ({Reason}); quarantining it")]
    public static partial void Corrupt(ILogger logger, string runner, string reason);

    [LoggerMessage(3, LogLevel.Information, "Runner {Runner} has no metrics ({Reason}); removing it")]
    public static partial void NoMetrics(ILogger logger, string runner, string reason);

    [LoggerMessage(4, LogLevel.Warning, "Runner {Runner}: {Quantity} is negative ({Value} s: clock skew?); reporting 0")]
    public static partial void NegativeDuration(ILogger logger, string runner, string quantity, double value);

    [LoggerMessage(5, LogLevel.Error, "Runner {Runner} could not be read ({Reason}); left in place")]
    public static partial void Unreadable(ILogger logger, string runner, string reason);

    [LoggerMessage(6, LogLevel.Error, "Runner {Runner} could not be removed: {Reason}")]
    public static partial void RemoveFailed(ILogger logger, string runner, string reason);

    [LoggerMessage(7, LogLevel.Error, "Runner {Runner} could not be quarantined: {Reason}")]
    public static partial void QuarantineFailed(ILogger logger, string runner, string reason);

    // Messages, not exceptions: the caller gets the exception itself, and operators get one line.
    [LoggerMessage(8, LogLevel.Error, "The metrics log could not be written ({Reason}); stopping the pass, runners left in place for the next one: {Pending}")]
    public static partial void SinkFailed(ILogger logger, string reason, int pending);

    [LoggerMessage(9, LogLevel.Warning, "{Count} entries in the shared filesystem have names that are not valid UTF-8; left alone")]
    public static partial void UndecodableNames(ILogger logger, int count);

    [LoggerMessage(10, LogLevel.Information, "Extraction done: {RunnerStart} runner_start, {RunnerStop} runner_stop, {Quarantined} quarantined, {Removed} removed, {Ignored} ignored")]
    public static partial void Done(ILogger logger, int runnerStart, int runnerStop, int quarantined, int removed, int ignored);

    [LoggerMessage(11, LogLevel.Error, "Runner {Runner} could not be processed ({Reason}); left in place")]
    public static partial void RunnerFailed(ILogger logger, string runner, string reason);

    [LoggerMessage(12, LogLevel.Warning, "Extraction interrupted: {Left} runners left in place for the next pass")]
    public static partial void Interrupted(ILogger logger, int left);

    [LoggerMessage(13, LogLevel.Warning, "{Failed} runners could not be read, quarantined or removed; left in place")]
    public static partial void RunnersLeft(ILogger logger, int failed);

    [LoggerMessage(14, LogLevel.Error, "The pass stopped on an unexpected error")]
    public static partial void PassFailed(ILogger logger, System.Exception exception);

    [LoggerMessage(15, LogLevel.Information, "Removed {Count} temporary quarantine archives left by a process that died while writing them")]
    public static partial void StaleArchivesRemoved(ILogger logger, int count);

    [LoggerMessage(16, LogLevel.Error, "GitHub enrichment failed unexpectedly; this pass's events go without queue_duration and job_conclusion")]
    public static partial void EnrichmentFailed(ILogger logger, System.Exception exception);
}
