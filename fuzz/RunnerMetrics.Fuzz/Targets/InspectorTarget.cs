using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Fuzz.Targets;

/// <summary>
/// The runner inspector and what follows it, end to end: the input becomes one runner folder, one pass runs over
/// it, and the runner must be handled exactly once — delivered, removed or quarantined — with valid event lines,
/// no temporary archive left and the host's files untouched.
/// </summary>
/// <remarks>
/// Input: up to three parts separated by NUL bytes, the installed timestamp, pre-job and post-job files; more
/// parts become extra files. An empty part leaves the file out. A part <c>\x01</c> + letter makes something
/// else in its place: <c>L</c> a symlink to a host file, <c>H</c> a hard link to it, <c>F</c> a FIFO,
/// <c>D</c> a directory, <c>E</c> an empty file.
/// </remarks>
internal sealed class InspectorTarget : IFuzzTarget
{
    private const string HostContent = "host secret\n";
    private static readonly string[] FileNames = [RunnerFiles.InstalledTimestamp, RunnerFiles.PreJobMetrics, RunnerFiles.PostJobMetrics];

    private readonly string _work;
    private readonly string _base;
    private readonly string _quarantine;
    private readonly string _hostFile;
    private readonly string _runner;

    public InspectorTarget()
    {
        string root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        _work = Path.Combine(root, $"runner-metrics-fuzz-{Environment.ProcessId}");
        _base = Path.Combine(_work, "fs");
        _quarantine = Path.Combine(_work, "q");
        _hostFile = Path.Combine(_work, "host-file");
        _runner = Path.Combine(_base, "runner");
        Directory.CreateDirectory(_base);
        File.WriteAllText(_hostFile, HostContent);
    }

    public void Run(ReadOnlySpan<byte> input)
    {
        Reset();
        Build(input);

        var sink = new InMemoryMetricsSink();
        var options = new MetricsExtractorOptions { SharedFileSystemDirectory = _base, QuarantineDirectory = _quarantine };
        ExtractionResult result = new MetricsExtractor(options, sink).Extract("fuzz", new HashSet<string>());

        FuzzCheckException.Check(result.Failed == 0 && result.Left == 0, $"runner not handled: {result}");
        FuzzCheckException.Check(result.Removed + result.Quarantined == 1, $"handled {result.Removed + result.Quarantined} times: {result}");
        FuzzCheckException.Check(!Directory.Exists(_runner) && !File.Exists(_runner), "the runner folder is still there");
        FuzzCheckException.Check(result.Issued.RunnerStart <= result.Removed, "events for a runner that was not delivered");
        FuzzCheckException.Check(sink.Lines.Count == result.Issued.RunnerStart + result.Issued.RunnerStop, "lines do not match the counts");
        foreach (string line in sink.Lines)
        {
            using var document = JsonDocument.Parse(line);
            FuzzCheckException.Check(document.RootElement.TryGetProperty("event", out _), "an event line without an event");
        }

        bool archived = File.Exists(Path.Combine(_quarantine, "runner.tar.gz"));
        FuzzCheckException.Check(archived == (result.Quarantined == 1), "archive and count disagree");
        FuzzCheckException.Check(
            !Directory.Exists(_quarantine) || Directory.GetFiles(_quarantine, "*.partial").Length == 0, "a temporary archive was left");
        FuzzCheckException.Check(File.ReadAllText(_hostFile) == HostContent, "the host file changed");
    }

    private void Reset()
    {
        if (Directory.Exists(_runner))
        {
            Directory.Delete(_runner, recursive: true);
        }

        if (Directory.Exists(_quarantine))
        {
            Directory.Delete(_quarantine, recursive: true);
        }
    }

    private void Build(ReadOnlySpan<byte> input)
    {
        Directory.CreateDirectory(_runner);
        int index = 0;
        foreach (Range range in input.Split((byte)0))
        {
            string path = Path.Combine(_runner, index < FileNames.Length ? FileNames[index] : $"extra-{index}");
            Create(path, input[range]);
            index++;
        }
    }

    private void Create(string path, ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return;
        }

        if (content.Length == 2 && content[0] == 1)
        {
            switch ((char)content[1])
            {
                case 'L':
                    File.CreateSymbolicLink(path, _hostFile);
                    return;
                case 'H':
                    FuzzCheckException.Check(FuzzNative.Link(_hostFile, path) == 0, "link(2) failed");
                    return;
                case 'F':
                    FuzzCheckException.Check(FuzzNative.MkFifo(path, 0x1A4) == 0, "mkfifo(3) failed");
                    return;
                case 'D':
                    Directory.CreateDirectory(path);
                    File.WriteAllText(Path.Combine(path, "inside"), "x");
                    return;
                case 'E':
                    File.WriteAllBytes(path, []);
                    return;
                default:
                    break;
            }
        }

        File.WriteAllBytes(path, content.ToArray());
    }
}
