using System;
using System.Globalization;
using System.IO;
using System.Text;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Benchmarks.Extraction;

/// <summary>
/// A fleet of finished runners on disk, rebuilt before every measured iteration: each runner directory
/// holds the three files a real runner writes (a distinct <c>workflow_run_id</c> and timestamps per
/// runner; every tenth job ended abnormally with an exit code).
/// </summary>
public sealed class Fleet : IDisposable
{
    private Fleet(string root)
    {
        Root = root;
        RunnersDirectory = Path.Combine(root, "runner-fs");
        QuarantineDirectory = Path.Combine(root, "runner-fs-quarantine");
        MetricsLog = Path.Combine(root, "metrics.log");
        Directory.CreateDirectory(RunnersDirectory);
        Directory.CreateDirectory(QuarantineDirectory);
    }

    /// <summary>This fleet's own folder, removed by <see cref="Dispose"/>.</summary>
    public string Root { get; }

    /// <summary>The shared-filesystem base: one directory per runner.</summary>
    public string RunnersDirectory { get; }

    public string QuarantineDirectory { get; }

    public string MetricsLog { get; }

    /// <summary>Each runner directory's absolute path as NUL-terminated UTF-8 with a trailing '/', for the syscall floor.</summary>
    public byte[][] RunnerPathsUtf8 { get; private set; } = [];

    /// <summary>Creates an empty fleet in a new folder under <paramref name="parent"/> (e.g. <c>/dev/shm</c>).</summary>
    public static Fleet Create(string parent) =>
        new(Path.Combine(parent, "runner-metrics-bench-" + Guid.NewGuid().ToString("N")[..12]));

    /// <summary>Writes <paramref name="runners"/> runner directories; any leftovers of the previous iteration are removed first.</summary>
    public void Build(int runners)
    {
        Reset();
        var paths = new byte[runners][];
        for (int i = 0; i < runners; i++)
        {
            string name = "runner-" + i.ToString("D6", CultureInfo.InvariantCulture);
            string directory = Path.Combine(RunnersDirectory, name);
            Directory.CreateDirectory(directory);
            double installed = 1_700_000_000 + i;
            File.WriteAllBytes(Path.Combine(directory, RunnerFiles.InstalledTimestamp), Ascii(FormattableString.Invariant($"{installed}.2253454\n")));
            File.WriteAllBytes(Path.Combine(directory, RunnerFiles.PreJobMetrics), Ascii(FormattableString.Invariant(
                $$"""{"timestamp": {{installed + 30.5}}, "workflow": "CI", "workflow_run_id": "{{7_000_000_000L + i}}", "repository": "canonical/github-runner-operator", "event": "push"}""")));
            File.WriteAllBytes(Path.Combine(directory, RunnerFiles.PostJobMetrics), Ascii(i % 10 == 9
                ? FormattableString.Invariant($$$"""{"timestamp": {{{installed + 220.25}}}, "status": "abnormal", "status_info": {"code": 143}}""")
                : FormattableString.Invariant($$"""{"timestamp": {{installed + 220.25}}, "status": "normal"}""")));
            paths[i] = Encoding.UTF8.GetBytes(directory + "/\0");
        }

        RunnerPathsUtf8 = paths;
    }

    /// <summary>Throws unless every runner directory was consumed: a benchmark that skipped work must not look fast.</summary>
    public void AssertConsumed()
    {
        using var entries = Directory.EnumerateFileSystemEntries(RunnersDirectory).GetEnumerator();
        if (entries.MoveNext())
        {
            throw new InvalidOperationException($"The fleet was not fully extracted: {entries.Current} is left.");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void Reset()
    {
        Directory.Delete(RunnersDirectory, recursive: true);
        Directory.CreateDirectory(RunnersDirectory);
        File.Delete(MetricsLog);
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
