using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Cli;

/// <summary>Delivery guarantees across real processes: concurrency, crashes and signals.</summary>
public sealed class CliDeliveryTests
{
    [Fact]
    public void Two_concurrent_extract_processes_deliver_each_runner_exactly_once()
    {
        const int Runners = 400;
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(Runners);

        using var first = Extract(temp, fleet, "first.log");
        using var second = Extract(temp, fleet, "second.log");
        var results = new[] { first.WaitForExit(TimeSpan.FromMinutes(2)), second.WaitForExit(TimeSpan.FromMinutes(2)) };

        Assert.All(results, result => Assert.True(result.ExitCode == 0, result.ToString()));
        var starts = StartedRepositories(temp.Combine("first.log")).Concat(StartedRepositories(temp.Combine("second.log"))).ToList();
        Assert.Equal(Runners, starts.Count);
        Assert.Equal(Runners, starts.Distinct().Count());
        Assert.Empty(Directory.GetDirectories(fleet));
    }

    [Fact]
    public void A_process_killed_mid_pass_and_rerun_delivers_every_runner_at_least_once()
    {
        const int Runners = 3000;
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(Runners);
        string log = temp.Combine("metrics.log");

        using (var doomed = Extract(temp, fleet, "metrics.log"))
        {
            // Kill it once it has delivered something but (very likely) not everything.
            SpinWait.SpinUntil(() => File.Exists(log) && new FileInfo(log).Length > 0, TimeSpan.FromMinutes(1));
            doomed.Signal("KILL");
            Assert.NotEqual(0, doomed.WaitForExit(TimeSpan.FromMinutes(1)).ExitCode);
        }

        int leftAfterKill = Directory.GetDirectories(fleet).Length;
        using (var rerun = Extract(temp, fleet, "metrics.log"))
        {
            var result = rerun.WaitForExit(TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        var delivered = StartedRepositories(log).ToHashSet();
        Assert.Equal(Enumerable.Range(0, Runners).Select(i => FleetBuilder.RepositoryOf(FleetBuilder.RunnerName(i))).ToHashSet(), delivered);
        Assert.Empty(Directory.GetDirectories(fleet));
        // The log had events when it was killed; runners left prove the kill landed mid-pass.
        Assert.True(leftAfterKill > 0, "the first process finished before it was killed");
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void Watch_ends_cleanly_on_a_signal(string signal)
    {
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(2);
        string log = temp.Combine("metrics.log");
        using var watch = CliProcess.Start(
            "watch", "--flavor", "x", "--shared-fs", fleet, "--quarantine", temp.Combine("q"),
            "--metrics-log", log, "--interval", "100ms");

        Assert.True(SpinWait.SpinUntil(() => Directory.GetDirectories(fleet).Length == 0, TimeSpan.FromMinutes(1)), "the first pass did not run");
        watch.Signal(signal);
        var result = watch.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Stopping", result.StandardError);
        Assert.Equal(4, File.ReadAllLines(log).Length);
    }

    private static CliProcess Extract(TempDirectory temp, string fleet, string logName) =>
        CliProcess.Start("extract", "--flavor", "x", "--shared-fs", fleet, "--quarantine", temp.Combine("q"), "--metrics-log", temp.Combine(logName));

    // A kill may tear the last line; the next writer ends it, and readers skip it.
    private static IEnumerable<string> StartedRepositories(string log) => MetricsLogReader.Read(log).StartedRepositories();
}
