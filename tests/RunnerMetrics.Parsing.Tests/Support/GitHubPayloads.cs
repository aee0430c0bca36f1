using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace RunnerMetrics.Parsing.Tests.Support;

/// <summary>
/// The vendored GitHub <c>workflow_job</c> webhook payloads (TestData/github-webhooks, MIT, see its LICENSE),
/// copied to the output folder by the project.
/// </summary>
internal static class GitHubPayloads
{
    public const string CompletedFailure = "workflow_job.completed.failure.with-organization.payload.json";
    public const string CompletedSuccess = "workflow_job.completed.success.with-organization.payload.json";
    public const string InProgress = "workflow_job.in_progress.payload.json";
    public const string InProgressWithQueuedSteps = "workflow_job.in_progress.with-queued-steps.payload.json";
    public const string Queued = "workflow_job.queued.payload.json";
    public const string QueuedWithDeployment = "workflow_job.queued.with-deployment.payload.json";
    public const string Waiting = "workflow_job.waiting.payload.json";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "github-webhooks");

    /// <summary>Every payload file, one theory row each; fails if the folder holds none or a name is not listed above.</summary>
    public static TheoryData<string> All()
    {
        var names = new List<string>();
        foreach (string path in Directory.EnumerateFiles(Folder, "*.json"))
        {
            names.Add(Path.GetFileName(path));
        }

        names.Sort(StringComparer.Ordinal);
        string[] known = [CompletedFailure, CompletedSuccess, InProgress, InProgressWithQueuedSteps, Queued, QueuedWithDeployment, Waiting];
        if (!names.ToArray().AsSpan().SequenceEqual(known))
        {
            throw new InvalidOperationException($"Expected the {known.Length} payloads in {Folder}, found [{string.Join(", ", names)}]: is TestData copied to the output?");
        }

        var data = new TheoryData<string>();
        foreach (string name in names)
        {
            data.Add(name);
        }

        return data;
    }

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static string Text(string name) => Encoding.UTF8.GetString(Read(name));
}
