using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Cli;

/// <summary>Contract rule 12: <c>--ignore-file</c> names the runners still running and is read again before every pass.</summary>
public sealed class CliIgnoreFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _fleet;
    private readonly string _ignoreFile;

    public CliIgnoreFileTests()
    {
        _fleet = _temp.CreateSubdirectory("fs");
        _ignoreFile = _temp.Combine("running");
    }

    [Fact]
    public void Extract_leaves_the_runners_named_in_the_file_alone()
    {
        new FleetBuilder(_fleet).Full("a").Full("b").Full("c").Full("d");
        File.WriteAllText(_ignoreFile, "a\n  b  \n\n");

        var result = CliProcess.Run([.. Arguments("extract"), "--ignore", "d", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(3, json.RootElement.GetProperty("ignored").GetInt32());
        Assert.Equal(["a", "b", "d"], Directory.GetDirectories(_fleet).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_absent_file_means_no_runner_is_running()
    {
        new FleetBuilder(_fleet).Full("a");

        var result = CliProcess.Run(Arguments("extract"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Directory.GetDirectories(_fleet));
    }

    [Fact]
    public void An_unreadable_file_fails_extract_before_any_runner_is_touched()
    {
        new FleetBuilder(_fleet).Full("a");
        Directory.CreateDirectory(_ignoreFile);

        var result = CliProcess.Run(Arguments("extract"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal($"runner-metrics: Cannot read the ignore file '{_ignoreFile}': it is a directory.", Assert.Single(result.ErrorLines));
        Assert.True(Directory.Exists(Path.Combine(_fleet, "a")));
    }

    [Fact]
    public void Watch_reads_the_file_again_before_every_pass()
    {
        new FleetBuilder(_fleet).Full("done").Full("running");
        Replace("running\n");

        using var watch = CliProcess.Start([.. Arguments("watch"), "--interval", "100ms"]);
        Assert.True(SpinWait.SpinUntil(() => !Exists("done"), TimeSpan.FromMinutes(1)), "the first pass did not run");
        Thread.Sleep(500); // several passes that must leave it alone
        Assert.True(Exists("running"));

        // Unreadable for a while: logged, retried, nothing taken.
        File.Delete(_ignoreFile);
        Directory.CreateDirectory(_ignoreFile);
        Thread.Sleep(500);
        Assert.True(Exists("running"));

        // The job finished: the manager drops it from the list.
        Directory.Delete(_ignoreFile);
        Replace("");
        Assert.True(SpinWait.SpinUntil(() => !Exists("running"), TimeSpan.FromMinutes(1)), "the runner was never taken");
        watch.Signal("TERM");
        var result = watch.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("it is a directory", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(
            [FleetBuilder.RepositoryOf("done"), FleetBuilder.RepositoryOf("running")],
            MetricsLogReader.Read(_temp.Combine("metrics.log")).StartedRepositories());
    }

    public void Dispose() => _temp.Dispose();

    private bool Exists(string runner) => Directory.Exists(Path.Combine(_fleet, runner));

    // As a runner manager keeps it current: write a temporary file, rename it over.
    private void Replace(string content)
    {
        string temporary = _ignoreFile + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, _ignoreFile, overwrite: true);
    }

    private string[] Arguments(string command) =>
        [command, "--flavor", "x", "--shared-fs", _fleet, "--quarantine", _temp.Combine("q"),
         "--metrics-log", _temp.Combine("metrics.log"), "--ignore-file", _ignoreFile];
}
