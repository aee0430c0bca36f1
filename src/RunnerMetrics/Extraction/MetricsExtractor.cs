using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Versioning;
using System.Threading;
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

        using var pass = new ExtractionPass(store, _options, _sink, _logger, flavor);
        foreach (string name in names)
        {
            // Cancellation stops between runners, so no runner is left half processed.
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (ignoreRunners.Contains(name))
            {
                pass.Ignored++;
                continue;
            }

            try
            {
                pass.Process(name);
            }
            // One runner's trouble (a vanished entry, a permission error) must not stop the pass.
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                ExtractionLog.RunnerFailed(_logger, name, exception);
            }
        }

        pass.DeliverPending();
        var result = pass.Result;
        ExtractionLog.Done(_logger, result.Issued.RunnerStart, result.Issued.RunnerStop, result.Quarantined, result.Removed, result.Ignored);
        return result;
    }
}
