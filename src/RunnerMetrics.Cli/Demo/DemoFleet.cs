using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Cli.Demo;

/// <summary>
/// Builds a sample shared filesystem: valid runners plus a fixed set of partial, corrupt and hostile ones,
/// each hostile one made for real (links, a FIFO, oversize and sparse files).
/// </summary>
internal sealed class DemoFleet
{
    private const double InstalledAt = 1_764_000_000;
    private static readonly string[] Events = ["push", "pull_request", "schedule", "workflow_dispatch"];

    private readonly List<DemoRunner> _runners = [];
    private readonly Dictionary<long, DemoJob> _jobs = [];

    private DemoFleet(string root)
    {
        Root = root;
        SharedFileSystem = Path.Combine(root, "runner-fs");
        Quarantine = Path.Combine(root, "quarantine");
        MetricsLog = Path.Combine(root, "metrics.log");
        HostFile = Path.Combine(root, "host-secret.txt");
    }

    public string Root { get; }

    public string SharedFileSystem { get; }

    public string Quarantine { get; }

    public string MetricsLog { get; }

    /// <summary>A file outside the fleet that hostile runners link to; it must never reach an archive.</summary>
    public string HostFile { get; }

    public IReadOnlyList<DemoRunner> Runners => _runners;

    /// <summary>The GitHub job of each workflow run, by run id, for the demo's fake GitHub API.</summary>
    public IReadOnlyDictionary<long, DemoJob> Jobs => _jobs;

    public static DemoFleet Create(string root, int validRunners)
    {
        var fleet = new DemoFleet(root);
        Directory.CreateDirectory(fleet.SharedFileSystem);
        File.WriteAllText(fleet.HostFile, "a host secret that no runner may read\n");
        for (int i = 1; i <= validRunners; i++)
        {
            fleet.AddValid(i);
        }

        fleet.AddPartial();
        fleet.AddCorrupt();
        fleet.AddHostile();
        return fleet;
    }

    private void AddValid(int index)
    {
        string name = $"runner-{index:D3}";
        double started = InstalledAt + (index * 7);
        string status = (index % 5) switch
        {
            0 => """{"timestamp": %END%, "status": "abnormal", "status_info": {"code": 1}}""",
            3 => """{"timestamp": %END%, "status": "repo-policy-check-failure"}""",
            _ => """{"timestamp": %END%, "status": "normal", "status_info": {"code": 0}}""",
        };
        string directory = Add(name, "valid", "installed timestamp, pre-job and post-job metrics");
        WriteInstalled(directory, InstalledAt);
        WritePreJob(directory, name, started, Events[index % Events.Length]);
        Write(directory, RunnerFiles.PostJobMetrics, status.Replace("%END%", Number(started + 60 + index), System.StringComparison.Ordinal));
        string conclusion = (index % 5) switch { 0 => "failure", 3 => "cancelled", _ => "success" };
        AddJob(name, started, queuedFor: 5 + (index * 3), conclusion);
    }

    // The run id the pre-job metrics carry is the start time (see WritePreJob).
    private void AddJob(string runner, double started, double queuedFor, string? conclusion)
    {
        var startedAt = System.DateTimeOffset.FromUnixTimeSeconds((long)started);
        _jobs[(long)started] = new DemoJob(runner, startedAt.AddSeconds(-queuedFor), startedAt, conclusion);
    }

    private void AddPartial()
    {
        string running = Add("partial-job-running", "partial", "pre-job metrics, no post-job yet (a crashed job)");
        WriteInstalled(running, InstalledAt);
        WritePreJob(running, "partial-job-running", InstalledAt + 30, "push");
        AddJob("partial-job-running", InstalledAt + 30, queuedFor: 12, conclusion: null);

        string idle = Add("partial-never-ran-a-job", "partial", "only the installed timestamp");
        WriteInstalled(idle, InstalledAt);

        Add("partial-empty", "partial", "nothing at all");

        string skewed = Add("partial-clock-skew", "partial", "a job that started before the runner was installed");
        WriteInstalled(skewed, InstalledAt + 100);
        WritePreJob(skewed, "partial-clock-skew", InstalledAt + 40, "push");
        AddJob("partial-clock-skew", InstalledAt + 40, queuedFor: 3, conclusion: null);
    }

    private void AddCorrupt()
    {
        string malformed = Add("corrupt-malformed-json", "corrupt", "a truncated pre-job document");
        WriteInstalled(malformed, InstalledAt);
        Write(malformed, RunnerFiles.PreJobMetrics, """{"timestamp": 1764000010, "workflow": "ci", "workf""");

        string wrongType = Add("corrupt-wrong-type", "corrupt", "a string where the timestamp belongs");
        WriteInstalled(wrongType, InstalledAt);
        Write(wrongType, RunnerFiles.PreJobMetrics, """{"timestamp": "yesterday", "workflow": "ci", "workflow_run_id": "1", "repository": "o/r", "event": "push"}""");

        string duplicate = Add("corrupt-duplicate-member", "corrupt", "a post-job document that states its status twice");
        WriteInstalled(duplicate, InstalledAt);
        WritePreJob(duplicate, "corrupt-duplicate-member", InstalledAt + 5, "push");
        Write(duplicate, RunnerFiles.PostJobMetrics, """{"timestamp": 1764000100, "status": "normal", "status": "abnormal"}""");

        string timestamp = Add("corrupt-negative-timestamp", "corrupt", "an installed timestamp of -1");
        Write(timestamp, RunnerFiles.InstalledTimestamp, "-1\n");
        WritePreJob(timestamp, "corrupt-negative-timestamp", InstalledAt, "push");
    }

    private void AddHostile()
    {
        string symlink = Add("hostile-symlink-to-host-file", "hostile", "pre-job metrics: a symlink to a file outside the fleet");
        WriteInstalled(symlink, InstalledAt);
        File.CreateSymbolicLink(Path.Combine(symlink, RunnerFiles.PreJobMetrics), HostFile);

        string zero = Add("hostile-symlink-to-dev-zero", "hostile", "post-job metrics: a symlink to /dev/zero");
        WriteInstalled(zero, InstalledAt);
        WritePreJob(zero, "hostile-symlink-to-dev-zero", InstalledAt + 5, "push");
        File.CreateSymbolicLink(Path.Combine(zero, RunnerFiles.PostJobMetrics), "/dev/zero");

        string fifo = Add("hostile-fifo", "hostile", "pre-job metrics: a FIFO (reading it would block forever)");
        WriteInstalled(fifo, InstalledAt);
        DemoNative.CreateFifo(Path.Combine(fifo, RunnerFiles.PreJobMetrics));

        string hardLink = Add("hostile-hard-link", "hostile", "installed timestamp: a hard link to a file outside the fleet");
        DemoNative.CreateHardLink(Path.Combine(hardLink, RunnerFiles.InstalledTimestamp), HostFile);

        string oversize = Add("hostile-oversize", "hostile", "a 4 KiB pre-job document (the limit is 1024 bytes)");
        WriteInstalled(oversize, InstalledAt);
        Write(oversize, RunnerFiles.PreJobMetrics, $$"""{"timestamp": 1764000010, "workflow": "{{new string('x', 4096)}}", "workflow_run_id": "1", "repository": "o/r", "event": "push"}""");

        string sparse = Add("hostile-sparse-10gib", "hostile", "a sparse 10 GiB post-job file");
        WriteInstalled(sparse, InstalledAt);
        WritePreJob(sparse, "hostile-sparse-10gib", InstalledAt + 5, "push");
        using (var stream = File.Create(Path.Combine(sparse, RunnerFiles.PostJobMetrics)))
        {
            stream.SetLength(10L << 30);
        }
    }

    private string Add(string name, string category, string holds)
    {
        _runners.Add(new DemoRunner(name, category, holds));
        return Directory.CreateDirectory(Path.Combine(SharedFileSystem, name)).FullName;
    }

    private static void WriteInstalled(string directory, double timestamp) =>
        Write(directory, RunnerFiles.InstalledTimestamp, Number(timestamp) + "\n");

    private static void WritePreJob(string directory, string workflow, double timestamp, string githubEvent) =>
        Write(
            directory,
            RunnerFiles.PreJobMetrics,
            $$"""{"timestamp": {{Number(timestamp)}}, "workflow": "{{workflow}}", "workflow_run_id": "{{(long)timestamp}}", "repository": "canonical/demo", "event": "{{githubEvent}}"}""");

    private static void Write(string directory, string file, string content) =>
        File.WriteAllText(Path.Combine(directory, file), content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
