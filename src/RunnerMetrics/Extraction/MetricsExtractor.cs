using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.Versioning;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RunnerMetrics.Events;
using RunnerMetrics.GitHub;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Extraction;

/// <summary>
/// Turns runner shared filesystems into metric events: valid runners' events are delivered to the sink and
/// their directories removed only once the events are durable; runners with no metrics are removed; corrupt
/// ones are quarantined. A failure with one runner is logged and the pass goes on; a sink failure stops it.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class MetricsExtractor
{
    private readonly MetricsExtractorOptions _options;
    private readonly IMetricsSink _sink;
    private readonly ILogger _logger;
    private readonly GitHubJobLookup? _jobLookup;
    private readonly ExtractionTelemetry _telemetry;

    /// <summary>Creates an extractor over <paramref name="options"/>' directories, delivering to <paramref name="sink"/>.</summary>
    public MetricsExtractor(MetricsExtractorOptions options, IMetricsSink sink, ILogger<MetricsExtractor>? logger = null)
        : this(options, sink, logger, jobLookup: null)
    {
    }

    /// <summary>
    /// As the other constructor; with <paramref name="jobLookup"/>, <c>runner_start</c> and <c>runner_stop</c> carry
    /// <c>queue_duration</c> and <c>job_conclusion</c> from the GitHub API when it can tell them (the caller owns it).
    /// </summary>
    public MetricsExtractor(MetricsExtractorOptions options, IMetricsSink sink, ILogger<MetricsExtractor>? logger, GitHubJobLookup? jobLookup)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FlushBatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLabelValues, 1, nameof(options));
        _options = options;
        _sink = sink;
        _logger = logger ?? NullLogger<MetricsExtractor>.Instance;
        _jobLookup = jobLookup;
        _telemetry = new ExtractionTelemetry(options.Instruments ?? RunnerMetricsInstruments.Shared, options.MetricLabels, options.MaxLabelValues);
    }

    /// <summary>Runs one pass over every runner directory, except those in <paramref name="ignoreRunners"/> (still running).</summary>
    /// <exception cref="System.IO.IOException">The shared filesystem directory can't be opened or read.</exception>
    /// <exception cref="MetricsExtractionException">
    /// Events could not be delivered (undelivered runners were left in place), or an unexpected error stopped the pass;
    /// <see cref="MetricsExtractionException.PartialResult"/> holds the counts either way.
    /// </exception>
    /// <remarks>
    /// Cancellation stops the pass between runners: the result then has <see cref="ExtractionResult.Interrupted"/> set
    /// and <see cref="ExtractionResult.Left"/> runners not reached.
    /// </remarks>
    public ExtractionResult Extract(string flavor, IReadOnlySet<string> ignoreRunners, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flavor);
        ArgumentNullException.ThrowIfNull(ignoreRunners);
        long started = Stopwatch.GetTimestamp();
        var outcome = PassOutcome.Failed;
        try
        {
            var result = ExtractCore(flavor, ignoreRunners, cancellationToken);
            outcome = result.Interrupted == true ? PassOutcome.Interrupted : PassOutcome.Completed;
            return result;
        }
        finally
        {
            _telemetry.RecordPass(flavor, Stopwatch.GetElapsedTime(started), outcome);
            if (_jobLookup is not null)
            {
                _telemetry.RecordRateLimitRemaining(flavor, _jobLookup.RateLimitRemaining);
            }
        }
    }

    private ExtractionResult ExtractCore(string flavor, IReadOnlySet<string> ignoreRunners, CancellationToken cancellationToken)
    {
        using var store = SharedFileSystemStore.Open(_options.SharedFileSystemDirectory);
        var names = store.ListRunners(out int undecodable);
        if (undecodable > 0)
        {
            ExtractionLog.UndecodableNames(_logger, undecodable);
        }

        // A temporary archive left by a process that died mid-quarantine goes now, not never.
        int stale = QuarantineArchive.RemoveStale(_options.QuarantineDirectory);
        if (stale > 0)
        {
            ExtractionLog.StaleArchivesRemoved(_logger, stale);
        }

        var queue = RunnerQueue.Create(names, ignoreRunners);
        var enrichment = _jobLookup is null ? JobEnrichment.None : EnrichmentScan.Run(store, queue, _jobLookup, _logger, cancellationToken);
        var gate = new DeliveryGate(_sink);
        int workerCount = Math.Clamp(queue.Count, 1, _options.MaxDegreeOfParallelism);
        var outcomes = new WorkerOutcome[workerCount];
        if (workerCount == 1)
        {
            outcomes[0] = RunWorker(store, queue, gate, flavor, enrichment, cancellationToken);
        }
        else
        {
            // RunWorker never throws, so no AggregateException: every failure is reported as with one worker.
            Parallel.For(0, workerCount, new ParallelOptions { MaxDegreeOfParallelism = workerCount }, worker =>
                outcomes[worker] = RunWorker(store, queue, gate, flavor, enrichment, cancellationToken));
        }

        var result = new ExtractionResult(default, 0, 0, queue.Ignored);
        int leftPending = 0;
        Exception? failure = null;
        foreach (var outcome in outcomes)
        {
            result = Add(result, outcome.Result);
            leftPending += outcome.LeftPending;
            failure ??= outcome.Failure;
        }

        result = result with { Left = queue.Remaining + leftPending };
        if (failure is not null)
        {
            throw Stopped(failure, result);
        }

        if (result.Left > 0 && cancellationToken.IsCancellationRequested)
        {
            result = result with { Interrupted = true };
            ExtractionLog.Interrupted(_logger, result.Left);
        }

        if (result.Failed > 0)
        {
            ExtractionLog.RunnersLeft(_logger, result.Failed);
        }

        ExtractionLog.Done(_logger, result.Issued.RunnerStart, result.Issued.RunnerStop, result.Quarantined, result.Removed, result.Ignored);
        return result;
    }

    private MetricsExtractionException Stopped(Exception failure, ExtractionResult partial)
    {
        if (failure is MetricsExtractionException { InnerException: { } sinkFailure })
        {
            ExtractionLog.SinkFailed(_logger, sinkFailure.Message, partial.Left);
            return new MetricsExtractionException(failure.Message, partial, sinkFailure);
        }

        // A bug, not a runner's trouble: report it with the counts, the same way for any worker count.
        ExtractionLog.PassFailed(_logger, failure);
        return new MetricsExtractionException($"The pass stopped on an unexpected error: {failure.GetType().Name}: {failure.Message}", partial, failure);
    }

    private WorkerOutcome RunWorker(
        SharedFileSystemStore store, RunnerQueue queue, DeliveryGate gate, string flavor, JobEnrichment enrichment, CancellationToken cancellationToken)
    {
        using var pass = new ExtractionPass(store, _options, gate, _logger, flavor, enrichment, _telemetry);
        try
        {
            // Cancellation stops between runners, so no runner is left half processed.
            while (!cancellationToken.IsCancellationRequested && queue.TryTake(out string name))
            {
                try
                {
                    pass.Process(name);
                }
                // One runner's trouble (a vanished entry, a permission error) must not stop the pass.
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    ExtractionLog.RunnerFailed(_logger, name, exception.Message);
                    pass.CountFailure();
                }
            }

            pass.DeliverPending();
            return new WorkerOutcome(pass.Result, 0, null);
        }
        // The sink failed (it is shared) or a bug: stop the other workers; they deliver or release what they hold.
        catch (Exception exception)
        {
            queue.Stop();
            return new WorkerOutcome(pass.Result, pass.PendingCount, exception);
        }
    }

    private static ExtractionResult Add(ExtractionResult left, ExtractionResult right) => new(
        new IssuedEvents(left.Issued.RunnerStart + right.Issued.RunnerStart, left.Issued.RunnerStop + right.Issued.RunnerStop),
        left.Quarantined + right.Quarantined,
        left.Removed + right.Removed,
        left.Ignored + right.Ignored)
    {
        Failed = left.Failed + right.Failed,
    };

    private readonly record struct WorkerOutcome(ExtractionResult Result, int LeftPending, Exception? Failure);
}
