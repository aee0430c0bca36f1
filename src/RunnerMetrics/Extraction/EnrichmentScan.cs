using System;
using System.Collections.Generic;
using System.Runtime.Versioning;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using RunnerMetrics.GitHub;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Extraction;

/// <summary>
/// Before a pass delivers anything, finds the valid runners and looks their jobs up on GitHub, so every runner's
/// events are written once, complete, and the pass's wait on GitHub is one bounded step rather than one per runner.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class EnrichmentScan
{
    public static JobEnrichment Run(
        SharedFileSystemStore store, RunnerQueue queue, GitHubJobLookup lookup, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return Scan(store, queue, lookup, cancellationToken);
        }
        // Enrichment is optional: a bug or a vanished runner here must not cost the pass its deliveries.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ExtractionLog.EnrichmentFailed(logger, exception);
            return JobEnrichment.None;
        }
        catch (OperationCanceledException)
        {
            return JobEnrichment.None;
        }
    }

    private static JobEnrichment Scan(SharedFileSystemStore store, RunnerQueue queue, GitHubJobLookup lookup, CancellationToken cancellationToken)
    {
        var queries = new List<RunnerJobQuery>();
        foreach (string name in queue.Names)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return JobEnrichment.None;
            }

            // Unclaimed and read-only: the files are read again, claimed, when the runner is processed.
            using var runner = store.TryOpen(name);
            if (runner is not null && RunnerInspector.Inspect(runner) is { Verdict: RunnerVerdict.Valid } inspection)
            {
                var preJob = inspection.Metrics.PreJob;
                queries.Add(new RunnerJobQuery(name, preJob.Repository, preJob.WorkflowRunId));
            }
        }

        // Extract is synchronous; the lookup ends within its own budget, so this one wait is bounded.
        return Task.Run(() => lookup.LookupAsync(queries, cancellationToken), CancellationToken.None).GetAwaiter().GetResult();
    }
}
