using System.Globalization;
using System.IO;
using System.Text;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Tests.Support;

/// <summary>
/// Writes runner directories (the runners' shared filesystems) into a base directory, with any of the
/// three files valid, malformed, missing or replaced by something hostile.
/// </summary>
internal sealed class FleetBuilder(string baseDirectory)
{
    public const double InstalledAt = 1_700_000_000;
    public const double StartedAt = 1_700_000_100;
    public const double StoppedAt = 1_700_000_400;

    public string BaseDirectory => baseDirectory;

    /// <summary>The repository a runner's default pre-job metrics name, so each event maps back to its runner.</summary>
    public static string RepositoryOf(string runner) => "canonical/" + runner;

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string PreJob(
        string runner, double timestamp = StartedAt, string workflow = "Build", string githubEvent = "push", string runId = "4242") =>
        $$"""{"timestamp": {{Number(timestamp)}}, "workflow": "{{workflow}}", "workflow_run_id": "{{runId}}", "repository": "{{RepositoryOf(runner)}}", "event": "{{githubEvent}}"}""";

    public static string PostJob(double timestamp = StoppedAt, string status = "normal", int? code = null) =>
        code is { } c
            ? $$$"""{"timestamp": {{{Number(timestamp)}}}, "status": "{{{status}}}", "status_info": {"code": {{{c}}}}}"""
            : $$"""{"timestamp": {{Number(timestamp)}}, "status": "{{status}}"}""";

    public string RunnerPath(string runner) => Path.Combine(baseDirectory, runner);

    public string FilePath(string runner, string file) => Path.Combine(baseDirectory, runner, file);

    public bool Exists(string runner) => Directory.Exists(RunnerPath(runner));

    /// <summary>A runner with all three files valid: a start and a stop event.</summary>
    public FleetBuilder Full(string runner, double installed = InstalledAt, double started = StartedAt, double stopped = StoppedAt) =>
        Runner(runner, Number(installed), PreJob(runner, started), PostJob(stopped));

    /// <summary><paramref name="count"/> full runners named by <see cref="RunnerName"/>.</summary>
    public FleetBuilder FullRunners(int count)
    {
        for (int i = 0; i < count; i++)
        {
            Full(RunnerName(i));
        }

        return this;
    }

    public static string RunnerName(int index) => $"runner-{index:D5}";

    /// <summary>A runner whose job is still unfinished: a start event only.</summary>
    public FleetBuilder PreOnly(string runner) => Runner(runner, Number(InstalledAt), PreJob(runner), null);

    /// <summary>A runner that never started a job: no metrics.</summary>
    public FleetBuilder TimestampOnly(string runner) => Runner(runner, Number(InstalledAt), null, null);

    /// <summary>Creates <paramref name="runner"/> with each file written when not null and absent when null.</summary>
    public FleetBuilder Runner(string runner, string? installed, string? preJob, string? postJob)
    {
        Directory.CreateDirectory(RunnerPath(runner));
        WriteIfPresent(runner, RunnerFiles.InstalledTimestamp, installed);
        WriteIfPresent(runner, RunnerFiles.PreJobMetrics, preJob);
        WriteIfPresent(runner, RunnerFiles.PostJobMetrics, postJob);
        return this;
    }

    /// <summary>A full runner whose <paramref name="file"/> is replaced by the caller (left absent here).</summary>
    public FleetBuilder FullWithout(string runner, string file)
    {
        Full(runner);
        File.Delete(FilePath(runner, file));
        return this;
    }

    public FleetBuilder Write(string runner, string file, string content) => Write(runner, file, Encoding.UTF8.GetBytes(content));

    public FleetBuilder Write(string runner, string file, byte[] content)
    {
        Directory.CreateDirectory(RunnerPath(runner));
        File.WriteAllBytes(FilePath(runner, file), content);
        return this;
    }

    public FleetBuilder SymbolicLink(string runner, string file, string target)
    {
        File.CreateSymbolicLink(FilePath(runner, file), target);
        return this;
    }

    public FleetBuilder Fifo(string runner, string file)
    {
        TestLibc.CreateFifo(FilePath(runner, file));
        return this;
    }

    public FleetBuilder HardLink(string runner, string file, string existing)
    {
        TestLibc.CreateHardLink(FilePath(runner, file), existing);
        return this;
    }

    /// <summary>A file of <paramref name="length"/> bytes with no data blocks (truncate(2)).</summary>
    public FleetBuilder Sparse(string runner, string file, long length)
    {
        using var stream = new FileStream(FilePath(runner, file), FileMode.CreateNew);
        stream.SetLength(length);
        return this;
    }

    private void WriteIfPresent(string runner, string file, string? content)
    {
        if (content is not null)
        {
            File.WriteAllText(FilePath(runner, file), content);
        }
    }
}
