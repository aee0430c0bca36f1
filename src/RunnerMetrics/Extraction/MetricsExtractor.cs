using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Versioning;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RunnerMetrics.Events;
using RunnerMetrics.SharedFileSystem;

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

    /// <summary>Creates an extractor over <paramref name="options"/>' directories, delivering to <paramref name="sink"/>.</summary>
    public MetricsExtractor(MetricsExtractorOptions options, IMetricsSink sink, ILogger<MetricsExtractor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FlushBatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        _options = options;
        _sink = sink;
        _logger = logger ?? NullLogger<MetricsExtractor>.Instance;
    }

    /// <summary>Runs one pass over every runner directory, except those in <paramref name="ignoreRunners"/> (still running).</summary>
    /// <exception cref="System.IO.IOException">The shared filesystem directory can't be opened or read.</exception>
    /// <exception cref="MetricsExtractionException">Events could not be delivered; undelivered runners were left in place.</exception>
    public ExtractionResult Extract(string flavor, IReadOnlySet<string> ignoreRunners, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flavor);
        ArgumentNullException.ThrowIfNull(ignoreRunners);
        using var store = SharedFileSystemStore.Open(_options.SharedFileSystemDirectory);
        var names = store.ListRunners(out int undecodable);
        if (undecodable > 0)
        {
            ExtractionLog.UndecodableNames(_logger, undecodable);
        }

        var queue = RunnerQueue.Create(names, ignoreRunners);
        int workerCount = Math.Clamp(queue.Count, 1, _options.MaxDegreeOfParallelism);
        var outcomes = new WorkerOutcome[workerCount];
        if (workerCount == 1)
        {
            outcomes[0] = RunWorker(store, queue, flavor, cancellationToken);
        }
        else
        {
            Parallel.For(0, workerCount, new ParallelOptions { MaxDegreeOfParallelism = workerCount }, worker =>
                outcomes[worker] = RunWorker(store, queue, flavor, cancellationToken));
        }

        var result = new ExtractionResult(default, 0, 0, queue.Ignored);
        MetricsExtractionException? failure = null;
        foreach (var outcome in outcomes)
        {
            result = Add(result, outcome.Result);
            failure ??= outcome.Failure;
        }

        if (failure is not null)
        {
            throw new MetricsExtractionException(failure.Message, result, failure.InnerException!);
        }

        ExtractionLog.Done(_logger, result.Issued.RunnerStart, result.Issued.RunnerStop, result.Quarantined, result.Removed, result.Ignored);
        return result;
    }

    private WorkerOutcome RunWorker(SharedFileSystemStore store, RunnerQueue queue, string flavor, CancellationToken cancellationToken)
    {
        using var pass = new ExtractionPass(store, _options, _sink, _logger, flavor);
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
                }
            }

            pass.DeliverPending();
            return new WorkerOutcome(pass.Result, null);
        }
        catch (MetricsExtractionException exception)
        {
            // The sink is shared: stop the other workers too, once they have delivered what they hold.
            queue.Stop();
            return new WorkerOutcome(exception.PartialResult, exception);
        }
    }

    private static ExtractionResult Add(ExtractionResult left, ExtractionResult right) => new(
        new IssuedEvents(left.Issued.RunnerStart + right.Issued.RunnerStart, left.Issued.RunnerStop + right.Issued.RunnerStop),
        left.Quarantined + right.Quarantined,
        left.Removed + right.Removed,
        left.Ignored + right.Ignored);

    private readonly record struct WorkerOutcome(ExtractionResult Result, MetricsExtractionException? Failure);
}
