using System;
using System.Collections.Generic;
using System.Diagnostics;
using RunnerMetrics.Events;

namespace RunnerMetrics.Telemetry;

/// <summary>
/// What one extractor records: delivered events (call only once the flush that made them durable succeeded),
/// removals, quarantines and passes. Its label caps live as long as the extractor (one per <c>watch</c> process).
/// </summary>
internal sealed class ExtractionTelemetry
{
    private readonly RunnerMetricsInstruments _instruments;
    private readonly LabelValueLimiter? _repo;
    private readonly LabelValueLimiter? _workflow;
    private readonly LabelValueLimiter? _githubEvent;

    public ExtractionTelemetry(RunnerMetricsInstruments instruments, JobLabels labels, int maxLabelValues)
    {
        _instruments = instruments;
        _repo = labels.HasFlag(JobLabels.Repo) ? new LabelValueLimiter(maxLabelValues) : null;
        _workflow = labels.HasFlag(JobLabels.Workflow) ? new LabelValueLimiter(maxLabelValues) : null;
        _githubEvent = labels.HasFlag(JobLabels.GithubEvent) ? new LabelValueLimiter(maxLabelValues) : null;
    }

    /// <summary>Records a runner's events; call only after they were made durable.</summary>
    public void RecordDelivered(RunnerStart start, RunnerStop? stop)
    {
        var tags = JobTags(start.Flavor, start.Repo, start.Workflow, start.GithubEvent);
        _instruments.JobsStarted.Add(1, tags);
        _instruments.RunnerIdle.Record(start.Idle, tags);
        if (start.QueueDuration is { } queued)
        {
            _instruments.JobQueueDuration.Record(queued, tags);
        }

        if (stop is not null)
        {
            var stopTags = JobTags(stop.Flavor, stop.Repo, stop.Workflow, stop.GithubEvent);
            _instruments.JobDuration.Record(stop.JobDuration, stopTags);
            stopTags.Add(TagNames.Status, TagValues.Of(stop.Status));
            if (stop.JobConclusion is { } conclusion)
            {
                stopTags.Add(TagNames.Conclusion, TagValues.Of(conclusion));
            }

            _instruments.JobsCompleted.Add(1, stopTags);
        }
    }

    public void RecordRemoved(string flavor) => _instruments.RunnersRemoved.Add(1, FlavorTag(flavor));

    public void RecordQuarantined(string flavor) => _instruments.RunnersQuarantined.Add(1, FlavorTag(flavor));

    /// <summary>
    /// Records a pass: its duration always; a failure when it threw; the last-success time when it completed
    /// (an interrupted pass is neither).
    /// </summary>
    public void RecordPass(string flavor, TimeSpan elapsed, PassOutcome outcome)
    {
        var flavorTag = FlavorTag(flavor);
        _instruments.ExtractionDuration.Record(elapsed.TotalSeconds, flavorTag);
        switch (outcome)
        {
            case PassOutcome.Failed:
                _instruments.ExtractionFailures.Add(1, flavorTag);
                break;
            case PassOutcome.Completed:
                _instruments.RecordSuccess(flavor, DateTimeOffset.UtcNow);
                break;
        }
    }

    /// <summary>Records the GitHub API quota left after a pass (the gauge shows the latest; -1, none seen yet, is skipped).</summary>
    public void RecordRateLimitRemaining(string flavor, long remaining)
    {
        if (remaining >= 0)
        {
            _instruments.RecordRateLimitRemaining(flavor, remaining);
        }
    }

    private static KeyValuePair<string, object?> FlavorTag(string flavor) => new(TagNames.Flavor, flavor);

    private TagList JobTags(string flavor, string repo, string workflow, string githubEvent)
    {
        var tags = new TagList { { TagNames.Flavor, flavor } };
        if (_repo is not null)
        {
            tags.Add(TagNames.Repo, _repo.Limit(repo));
        }

        if (_workflow is not null)
        {
            tags.Add(TagNames.Workflow, _workflow.Limit(workflow));
        }

        if (_githubEvent is not null)
        {
            tags.Add(TagNames.GithubEvent, _githubEvent.Limit(githubEvent));
        }

        return tags;
    }
}
