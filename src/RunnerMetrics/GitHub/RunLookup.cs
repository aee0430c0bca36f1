using System;
using System.Collections.Generic;

namespace RunnerMetrics.GitHub;

/// <summary>One workflow run's lookup in a pass: the runners it serves, the jobs found for them, or why it failed.</summary>
internal sealed class RunLookup(WorkflowRunKey key, Dictionary<string, RunnerJobQuery> runners)
{
    // The pass may abandon a lookup at its budget while the lookup still runs: the outcome is read under this lock.
    private readonly object _sync = new();
    private readonly Dictionary<string, GitHubJob> _found = new(StringComparer.Ordinal);
    private string? _failure;
    private bool _finished;

    public WorkflowRunKey Key => key;

    public Dictionary<string, RunnerJobQuery> Runners => runners;

    /// <summary>Records the page's jobs that ran on these runners; true when every runner is found.</summary>
    public bool Match(IReadOnlyList<GitHubJob> jobs)
    {
        lock (_sync)
        {
            foreach (var job in jobs)
            {
                // With filter=all a re-run lists every attempt; a runner name is unique, but keep the latest attempt.
                if (job.RunnerName is { } name && runners.ContainsKey(name)
                    && (!_found.TryGetValue(name, out var earlier) || (job.RunAttempt ?? 1) > (earlier.RunAttempt ?? 1)))
                {
                    _found[name] = job;
                }
            }

            return _found.Count == runners.Count;
        }
    }

    public void Finish(string? failure)
    {
        lock (_sync)
        {
            _failure = failure;
            _finished = true;
        }
    }

    /// <summary>The jobs found, or null with why the lookup failed (or did not finish in time).</summary>
    public Dictionary<string, GitHubJob>? Outcome(out string? failure)
    {
        lock (_sync)
        {
            failure = !_finished ? "the pass's GitHub time budget ran out" : _failure;
            return failure is null ? new Dictionary<string, GitHubJob>(_found, StringComparer.Ordinal) : null;
        }
    }
}
