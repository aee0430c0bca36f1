using System;
using System.Text;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>The documents every suite measures, in one place so the suites and the guard agree.</summary>
public static class SampleDocuments
{
    /// <summary>A pre-job document as a runner writes it (155 bytes, no escapes, no unknown members).</summary>
    public static readonly byte[] PreJob = Encoding.UTF8.GetBytes(
        """{"timestamp": 1700000000.5, "workflow": "CI", "workflow_run_id": "1234567890", "repository": "canonical/github-runner-operator", "event": "push"}""");

    /// <summary>A post-job document of an abnormal job, with the nested <c>status_info</c>.</summary>
    public static readonly byte[] PostJob = Encoding.UTF8.GetBytes(
        """{"timestamp": 1700000190.25, "status": "abnormal", "status_info": {"code": 143}}""");

    /// <summary><c>runner-installed.timestamp</c> as the runner's installer writes it.</summary>
    public static readonly byte[] InstalledTimestamp = Encoding.UTF8.GetBytes("1696427232.2253454\n");

    /// <summary>
    /// <see cref="PreJob"/> with a string where the timestamp (a number) belongs: valid JSON that every
    /// strict parser must reject, and the first member, so both parsers stop as early as they can.
    /// </summary>
    public static readonly byte[] PreJobWrongType = Encoding.UTF8.GetBytes(
        """{"timestamp": "1700000000.5", "workflow": "CI", "workflow_run_id": "1234567890", "repository": "canonical/github-runner-operator", "event": "push"}""");

    /// <summary>
    /// <see cref="PreJob"/> with a number where the last member (a string) belongs: rejected only after every
    /// other member, and every string, was read.
    /// </summary>
    public static readonly byte[] PreJobLateWrongType = Encoding.UTF8.GetBytes(
        """{"timestamp": 1700000000.5, "workflow": "CI", "workflow_run_id": "1234567890", "repository": "canonical/github-runner-operator", "event": 5}""");

    /// <summary>A real <c>workflow_job</c> webhook payload (completed, with organization; 10,388 bytes).</summary>
    public static readonly byte[] WorkflowJobWebhook = Resource("workflow_job.completed.success.with-organization.payload.json");

    /// <summary>
    /// Pre-job documents of 64 runners: 8 repositories, 4 workflows, 3 events, a run id each, ordered so that every
    /// member's value differs from the document before (the worst case for a member that compares its last value).
    /// </summary>
    public static readonly byte[][] PreJobFleet = BuildPreJobFleet();

    /// <summary>The bytes of <paramref name="document"/>.</summary>
    public static byte[] Get(Document document) => document switch
    {
        Document.PreJob => PreJob,
        Document.PostJob => PostJob,
        Document.InstalledTimestamp => InstalledTimestamp,
        Document.PreJobWrongType => PreJobWrongType,
        Document.PreJobLateWrongType => PreJobLateWrongType,
        Document.WorkflowJobWebhook => WorkflowJobWebhook,
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, null),
    };

    private static byte[][] BuildPreJobFleet()
    {
        string[] events = ["push", "pull_request", "schedule"];
        var fleet = new byte[64][];
        for (int i = 0; i < fleet.Length; i++)
        {
            int runner = (i * 37) % 64; // 37 is odd: a permutation in which neighbours differ in every member
            fleet[i] = Encoding.UTF8.GetBytes($$"""{"timestamp": 1700000{{runner:D3}}.5, "workflow": "Workflow {{runner % 4}}", "workflow_run_id": "{{9876543210 + runner}}", "repository": "canonical/repository-{{runner % 8}}", "event": "{{events[runner % 3]}}"}""");
        }

        return fleet;
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(SampleDocuments).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded document {name} is missing.");
        using var copy = new System.IO.MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
