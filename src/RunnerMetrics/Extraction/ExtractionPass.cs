using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Events;
using RunnerMetrics.GitHub;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Extraction;

/// <summary>
/// The state of one pass: counts, and the claimed runners whose events are in the sink's pending batch.
/// Those are removed only after the batch is flushed, so events are delivered at least once and never lost.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class ExtractionPass(
    SharedFileSystemStore store, MetricsExtractorOptions options, DeliveryGate gate, ILogger logger, string flavor, JobEnrichment enrichment,
    ExtractionTelemetry telemetry)
    : IDisposable
{
    private readonly List<PendingRunner> _pending = new(options.FlushBatchSize);
    private readonly MetricEventSerializer _serializer = new();
    private int _runnerStart;
    private int _runnerStop;
    private int _quarantined;
    private int _removed;
    private int _failed;

    public ExtractionResult Result =>
        new(new IssuedEvents(_runnerStart, _runnerStop), _quarantined, _removed, Ignored: 0) { Failed = _failed };

    /// <summary>Runners whose events are appended but not yet durable.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Counts a runner left in place by trouble of its own (see <see cref="ExtractionResult.Failed"/>).</summary>
    public void CountFailure() => _failed++;

    public void Process(string name)
    {
        var runner = store.TryClaim(name);
        if (runner is null)
        {
            // Locked by a concurrent extraction, or gone since it was listed.
            ExtractionLog.ClaimedElsewhere(logger, name);
            return;
        }

        bool delivering = false;
        try
        {
            var inspection = RunnerInspector.Inspect(runner);
            switch (inspection.Verdict)
            {
                case RunnerVerdict.Valid:
                    // Stays claimed until its events are durable.
                    delivering = true;
                    Deliver(runner, inspection.Metrics);
                    break;
                case RunnerVerdict.NoMetrics:
                    ExtractionLog.NoMetrics(logger, name, inspection.Reason!);
                    Remove(runner);
                    break;
                case RunnerVerdict.Corrupt:
                    ExtractionLog.Corrupt(logger, name, inspection.Reason!);
                    Quarantine(runner);
                    break;
                default:
                    ExtractionLog.Unreadable(logger, name, inspection.Reason!);
                    _failed++;
                    break;
            }
        }
        finally
        {
            if (!delivering)
            {
                runner.Dispose();
            }
        }
    }

    /// <summary>Flushes the pending batch, then removes its runners; a sink failure stops the pass.</summary>
    public void DeliverPending()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        if (gate.Flush() is { } failure)
        {
            throw SinkFailure(failure);
        }

        // Durable from here on: only now do the events count, in the result and the instruments alike.
        foreach (var pending in _pending)
        {
            _runnerStart++;
            _runnerStop += pending.Stop is null ? 0 : 1;
            telemetry.RecordDelivered(pending.Start, pending.Stop);
            Remove(pending.Runner);
            pending.Runner.Dispose();
        }

        _pending.Clear();
    }

    public void Dispose()
    {
        ReleasePending();
        _serializer.Dispose();
    }

    private void Deliver(RunnerDirectory runner, Metrics.RunnerMetrics metrics)
    {
        // Claimed from here on: pending runners are released (left in place) if the sink fails.
        var (start, stop) = Events(runner.Name, metrics);
        _pending.Add(new PendingRunner(runner, start, stop));
        lock (gate.SyncRoot)
        {
            // After a failed flush the sink's batch is gone: append nothing it would have to hold.
            if (gate.Failure is null)
            {
                try
                {
                    _serializer.Append(start, gate.Sink);
                    if (stop is not null)
                    {
                        _serializer.Append(stop, gate.Sink);
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    gate.Fail(exception);
                }
            }

            if (gate.Failure is { } failure)
            {
                throw SinkFailure(failure);
            }
        }

        if (_pending.Count >= options.FlushBatchSize)
        {
            DeliverPending();
        }
    }

    private (RunnerStart Start, RunnerStop? Stop) Events(string runner, Metrics.RunnerMetrics metrics)
    {
        var preJob = metrics.PreJob;
        var job = enrichment.Find(runner, preJob.Repository, preJob.WorkflowRunId);
        var start = new RunnerStart
        {
            Timestamp = WithoutNegativeZero(preJob.Timestamp),
            Flavor = flavor,
            Workflow = preJob.Workflow,
            Repo = preJob.Repository,
            GithubEvent = preJob.Event,
            Idle = NonNegative(runner, "idle", preJob.Timestamp - metrics.InstalledTimestamp),
            QueueDuration = job?.QueueSeconds is { } queued ? NonNegative(runner, "queue_duration", queued) : null,
        };
        if (metrics.PostJob is not { } postJob)
        {
            return (start, null);
        }

        var stop = new RunnerStop
        {
            Timestamp = WithoutNegativeZero(postJob.Timestamp),
            Flavor = flavor,
            Workflow = preJob.Workflow,
            Repo = preJob.Repository,
            GithubEvent = preJob.Event,
            Status = postJob.Status,
            StatusInfo = postJob.StatusInfo,
            JobDuration = NonNegative(runner, "job_duration", postJob.Timestamp - preJob.Timestamp),
            JobConclusion = job?.Conclusion,
        };
        return (start, stop);
    }

    // The pending runners stay claimed until disposal: the caller reads PendingCount first.
    private MetricsExtractionException SinkFailure(Exception exception) =>
        new($"The metrics log could not be written: {exception.Message}", Result, exception);

    private double NonNegative(string runner, string quantity, double seconds)
    {
        if (seconds >= 0)
        {
            return WithoutNegativeZero(seconds);
        }

        ExtractionLog.NegativeDuration(logger, runner, quantity, seconds);
        return 0;
    }

    // -0 passes every "at least 0" check but would be written as "-0".
    private static double WithoutNegativeZero(double value) => value == 0 ? 0 : value;

    private void Remove(RunnerDirectory runner)
    {
        var removal = store.Delete(runner);
        if (removal.Succeeded)
        {
            _removed++;
            telemetry.RecordRemoved(flavor);
        }
        else
        {
            ExtractionLog.RemoveFailed(logger, runner.Name, removal.Message);
            _failed++;
        }
    }

    private void Quarantine(RunnerDirectory runner)
    {
        var quarantine = store.Quarantine(runner, options.QuarantineDirectory);
        if (quarantine.Succeeded)
        {
            _quarantined++;
            telemetry.RecordQuarantined(flavor);
        }
        else
        {
            ExtractionLog.QuarantineFailed(logger, runner.Name, quarantine.Result.Message);
            _failed++;
        }
    }

    private void ReleasePending()
    {
        foreach (var pending in _pending)
        {
            pending.Runner.Dispose();
        }

        _pending.Clear();
    }

    private readonly record struct PendingRunner(RunnerDirectory Runner, RunnerStart Start, RunnerStop? Stop);
}
