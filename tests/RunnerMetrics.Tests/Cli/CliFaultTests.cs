using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Cli;

/// <summary>Faults across real processes: torn log lines, partial writes, kill -9 mid-quarantine, signals, a full disk.</summary>
public sealed class CliFaultTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _fleet;
    private readonly string _log;
    private readonly string _quarantine;

    public CliFaultTests()
    {
        _fleet = _temp.CreateSubdirectory("fs");
        _log = _temp.Combine("metrics.log");
        _quarantine = _temp.Combine("q");
    }

    [Fact]
    public void Extract_after_a_torn_log_tail_loses_no_event()
    {
        // Left by a process killed mid-write: no final newline.
        File.WriteAllText(_log, "{\"timestamp\":1,\"event\":\"runner_installed\",\"flavor\":\"x\",\"duration\":1}\n{\"timestamp\":17000");
        new FleetBuilder(_fleet).FullRunners(5);

        var result = Extract();

        Assert.True(result.ExitCode == 0, result.ToString());
        var read = MetricsLogReader.Read(_log);
        Assert.Equal(1, read.InvalidLines);
        Assert.Equal(11, read.Events.Count);
        Assert.Equal(5, read.StartedRepositories().Distinct().Count());
    }

    [Fact]
    public void A_write_cut_short_by_a_full_disk_repeats_at_most_the_lines_it_completed_and_loses_none()
    {
        const int Runners = 60;
        new FleetBuilder(_fleet).FullRunners(Runners);

        // The file size limit stands in for a full disk: write(2) stores the first 4 KiB, then fails (EFBIG).
        // W^X off: the runtime's double-mapped code memory would hit the limit itself.
        using (var limited = CliProcess.StartUnder(
            "export DOTNET_EnableWriteXorExecute=0; trap '' XFSZ; ulimit -f 4", ExtractArguments()))
        {
            var cut = limited.WaitForExit(TimeSpan.FromMinutes(2));
            Assert.True(cut.ExitCode == 1, cut.ToString());
            Assert.Contains("File too large", cut.StandardError, StringComparison.Ordinal);
        }

        Assert.Equal(4096, new FileInfo(_log).Length);
        Assert.NotEqual((byte)'\n', File.ReadAllBytes(_log)[^1]);
        Assert.Equal(Runners, Directory.GetDirectories(_fleet).Length);

        var rerun = Extract();

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var read = MetricsLogReader.Read(_log);
        Assert.Equal(1, read.InvalidLines);
        var starts = read.StartedRepositories().GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Runners, starts.Count);
        Assert.All(starts.Values, count => Assert.InRange(count, 1, 2));
        Assert.Contains(2, starts.Values); // the lines the cut write completed come again, once
        Assert.Empty(Directory.GetDirectories(_fleet));
    }

    [Fact]
    public void Kill_9_during_quarantine_then_a_clean_pass_leaves_no_temporary_archive_and_one_archive_per_runner()
    {
        const int Runners = 30;
        var fleet = new FleetBuilder(_fleet);
        string[] names = [.. Enumerable.Range(0, Runners).Select(FleetBuilder.RunnerName)];
        foreach (string name in names)
        {
            // Corrupt, with a large incompressible file so each archive takes a while to write.
            fleet.Runner(name, "1700000000", "{", null).Write(name, "big", RandomNumberGenerator.GetBytes(1 << 20));
        }

        bool landed = false;
        for (int attempt = 0; attempt < 5 && !landed; attempt++)
        {
            using var doomed = CliProcess.Start([.. ExtractArguments(), "--parallelism", "1"]);
            SpinWait.SpinUntil(() => Temporaries().Length > 0, TimeSpan.FromMinutes(1));
            doomed.Signal("KILL");
            doomed.WaitForExit(TimeSpan.FromMinutes(1));
            landed = Temporaries().Length > 0;
        }

        Assert.True(landed, "no kill landed while an archive was being written");
        var clean = Extract();

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Empty(Temporaries());
        Assert.Equal(names.Select(n => n + ".tar.gz").Order(StringComparer.Ordinal),
            Directory.GetFileSystemEntries(_quarantine).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(_fleet));
    }

    [Theory]
    [InlineData("TERM", 143, "SIGTERM")]
    [InlineData("INT", 130, "SIGINT")]
    public void A_signal_mid_pass_exits_128_plus_its_number_and_says_how_many_runners_were_left(string signal, int exitCode, string name)
    {
        const int Runners = 4000;
        new FleetBuilder(_fleet).FullRunners(Runners);

        CliResult result;
        using (var extract = CliProcess.Start([.. ExtractArguments(), "--json", "--parallelism", "1"]))
        {
            SpinWait.SpinUntil(() => File.Exists(_log) && new FileInfo(_log).Length > 0, TimeSpan.FromMinutes(1));
            extract.Signal(signal);
            result = extract.WaitForExit(TimeSpan.FromMinutes(1));
        }

        int left = Directory.GetDirectories(_fleet).Length;
        Assert.True(left > 0, "the pass finished before the signal");
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Equal($"runner-metrics: interrupted by {name}; {left} runners left for the next pass", result.ErrorLines[^1]);
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.True(json.RootElement.GetProperty("interrupted").GetBoolean());
        int removed = json.RootElement.GetProperty("removed").GetInt32();
        Assert.Equal(Runners - left, removed);
        Assert.Equal(removed, MetricsLogReader.Read(_log).StartedRepositories().Distinct().Count());
    }

    [Fact]
    public void A_completed_pass_that_could_not_quarantine_exits_3_naming_the_cause()
    {
        File.WriteAllText(_quarantine, "a file where the folder should be");
        new FleetBuilder(_fleet).Full("fine").Runner("corrupt", "1700000000", "{", null);

        var result = Extract();

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Equal(
            "runner-metrics: the pass completed but left 1 runners it could not read, quarantine or remove (see the errors above)",
            result.ErrorLines[^1]);
        Assert.Contains("Not a directory", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("already exists", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["corrupt"], Directory.GetDirectories(_fleet).Select(Path.GetFileName));
    }

    [Fact]
    public void A_completed_pass_with_an_unwritable_quarantine_folder_exits_3_naming_the_cause()
    {
        using var unwritable = new UnwritableDirectory(_quarantine);
        new FleetBuilder(_fleet).Full("fine").Runner("corrupt", "1700000000", "{", null);

        var result = Extract();

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains($"Cannot create a temporary archive in the quarantine folder '{_quarantine}': {unwritable.Reason}", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["corrupt"], Directory.GetDirectories(_fleet).Select(Path.GetFileName));
    }

    [Fact]
    public void Watch_with_the_log_on_a_full_device_writes_each_runner_once_when_the_log_comes_back()
    {
        const int Runners = 100;
        new FleetBuilder(_fleet).FullRunners(Runners);
        File.CreateSymbolicLink(_log, "/dev/full");

        using var watch = CliProcess.Start([.. ExtractArguments("watch"), "--interval", "50ms"]);
        // Several failed passes, however slowly the machine starts the tool.
        watch.Error.WaitFor(new Regex("No space left on device"), TimeSpan.FromMinutes(1), occurrences: 5);
        Assert.Equal(Runners, Directory.GetDirectories(_fleet).Length);

        // The disk has room again: the log becomes a regular file (replaced atomically, as an operator would).
        string fresh = _temp.Combine("fresh.log");
        File.WriteAllText(fresh, "");
        File.Move(fresh, _log, overwrite: true);
        Assert.True(SpinWait.SpinUntil(() => Directory.GetDirectories(_fleet).Length == 0, TimeSpan.FromMinutes(1)), "no pass delivered");
        watch.Signal("TERM");
        var result = watch.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No space left on device", result.StandardError, StringComparison.Ordinal);
        var read = MetricsLogReader.Read(_log);
        Assert.Equal(0, read.InvalidLines);
        Assert.Equal(2 * Runners, read.Events.Count);
        Assert.Equal(Runners, read.StartedRepositories().Distinct().Count());
    }

    public void Dispose() => _temp.Dispose();

    private CliResult Extract() => CliProcess.Run(ExtractArguments());

    private string[] ExtractArguments(string command = "extract") =>
        [command, "--flavor", "x", "--shared-fs", _fleet, "--quarantine", _quarantine, "--metrics-log", _log];

    private string[] Temporaries() =>
        Directory.Exists(_quarantine) ? Directory.GetFiles(_quarantine, "*.partial") : [];
}
