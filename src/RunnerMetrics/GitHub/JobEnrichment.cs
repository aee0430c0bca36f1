using System.Collections.Generic;

namespace RunnerMetrics.GitHub;

/// <summary>The facts found in one pass, per runner, valid only for the run they were looked up for.</summary>
internal sealed class JobEnrichment
{
    public static readonly JobEnrichment None = new(new Dictionary<string, Entry>(0));

    private readonly Dictionary<string, Entry> _byRunner;

    public JobEnrichment(Dictionary<string, Entry> byRunner) => _byRunner = byRunner;

    public int Count => _byRunner.Count;

    /// <summary>
    /// The facts for <paramref name="runner"/>, if its files still name the run that was looked up (they are
    /// untrusted and read again when the events are built).
    /// </summary>
    public JobFacts? Find(string runner, string repository, string workflowRunId) =>
        _byRunner.TryGetValue(runner, out var entry) && entry.Query.Repository == repository && entry.Query.WorkflowRunId == workflowRunId
            ? entry.Facts
            : null;

    internal readonly record struct Entry(RunnerJobQuery Query, JobFacts Facts);
}
