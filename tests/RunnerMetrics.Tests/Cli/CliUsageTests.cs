using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Cli;

public sealed class CliUsageTests
{
    [Fact]
    public void Help_lists_the_three_commands_and_exits_0()
    {
        var result = CliProcess.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("extract", result.StandardOutput);
        Assert.Contains("watch", result.StandardOutput);
        Assert.Contains("demo", result.StandardOutput);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "--flavor")]
    [InlineData("extract", "--flavor", "x", "--no-such-option")]
    [InlineData("extract", "--flavor", " ")]
    [InlineData("extract", "--flavor", "x", "--parallelism", "0")]
    [InlineData("extract", "--flavor", "x", "--ignore-file", " ")]
    [InlineData("watch", "--flavor", "x", "--ignore-file")]
    [InlineData("watch", "--flavor", "x", "--interval", "soon")]
    [InlineData("watch", "--flavor", "x", "--interval", "0s")]
    [InlineData("extract", "--flavor", "x", "--metric-label", "runner_name")]
    [InlineData("extract", "--flavor", "x", "--metric-label", "repo", "--metric-label", "Repo")]
    [InlineData("extract", "--flavor", "x", "--metric-label")]
    [InlineData("watch", "--flavor", "x", "--metric-label", "")]
    [InlineData("extract", "--flavor", "x", "--max-label-values", "0")]
    [InlineData("watch", "--flavor", "x", "--max-label-values", "-1")]
    [InlineData("watch", "--flavor", "x", "--max-label-values", "many")]
    [InlineData("watch", "--flavor", "x", "--prometheus-listen", "9464")]
    [InlineData("watch", "--flavor", "x", "--prometheus-listen", "127.0.0.1:")]
    [InlineData("watch", "--flavor", "x", "--prometheus-listen", "127.0.0.1:65536")]
    [InlineData("watch", "--flavor", "x", "--prometheus-listen", "::1:9464")]
    [InlineData("watch", "--flavor", "x", "--prometheus-listen", "metrics.example:9464")]
    [InlineData("watch", "--flavor", "x", "--prometheus-listen", "1:9464")]
    [InlineData("watch", "--flavor", "x", "--prometheus-listen", "010.0.0.1:9464")]
    [InlineData("extract", "--flavor", "x", "--prometheus-listen", "127.0.0.1:0")]
    [InlineData("watch", "--flavor", "x", "--otlp-endpoint", "collector:4318")]
    [InlineData("extract", "--flavor", "x", "--otlp-endpoint", "ftp://collector:4318")]
    [InlineData("extract", "--flavor", "x", "--otlp-endpoint", "http://user:secret@collector:4318")]
    [InlineData("watch", "--flavor", "x", "--otlp-endpoint", "http://collector:4318/?x=1")]
    [InlineData("demo", "--runners", "-1")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_2_with_a_short_message_and_no_stack_trace(params string[] arguments)
    {
        var result = CliProcess.Run(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("runner-metrics: ", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void Metric_labels_and_their_cap_are_accepted_and_the_pass_delivers_as_usual()
    {
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(2);

        var result = CliProcess.Run(
            "extract", "--flavor", "small", "--shared-fs", fleet, "--quarantine", temp.Combine("q"),
            "--metrics-log", temp.Combine("metrics.log"), "--metric-label", "repo", "--metric-label", "workflow",
            "--metric-label", "github_event", "--max-label-values", "1", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            """{"issued":{"runner_start":2,"runner_stop":2},"quarantined":0,"removed":2,"ignored":0}""" + "\n",
            result.StandardOutput);
        Assert.Equal(4, File.ReadAllLines(temp.Combine("metrics.log")).Length);
    }

    [Fact]
    public void Help_of_watch_lists_the_metric_label_options()
    {
        var result = CliProcess.Run("watch", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--metric-label", result.StandardOutput);
        Assert.Contains("--max-label-values", result.StandardOutput);
        Assert.Contains("--prometheus-listen", result.StandardOutput);
        Assert.Contains("--otlp-endpoint", result.StandardOutput);
    }

    [Fact]
    public void A_listen_address_in_use_exits_1_naming_it_before_any_runner_is_touched()
    {
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(1);
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        string address = $"127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";

        var result = CliProcess.Run("watch", "--flavor", "x", "--shared-fs", fleet, "--metrics-log", temp.Combine("log"), "--prometheus-listen", address);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(address, result.StandardError, StringComparison.Ordinal);
        Assert.Contains("address already in use", result.StandardError, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(fleet));
    }

    [Fact]
    public void A_missing_shared_filesystem_exits_1_with_one_line()
    {
        using var temp = new TempDirectory();

        var result = CliProcess.Run("extract", "--flavor", "x", "--shared-fs", temp.Combine("missing"), "--metrics-log", temp.Combine("log"));

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("missing", line);
        Assert.Contains("No such file or directory", line);
    }

    [Fact]
    public void Json_prints_exactly_the_result_object_and_logs_go_to_stderr()
    {
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(3);
        Directory.CreateDirectory(Path.Combine(fleet, "still-running"));
        Directory.CreateDirectory(Path.Combine(fleet, "no-metrics"));

        var result = CliProcess.Run(
            "extract", "--flavor", "small", "--shared-fs", fleet, "--quarantine", temp.Combine("q"),
            "--metrics-log", temp.Combine("metrics.log"), "--ignore", "still-running", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            """{"issued":{"runner_start":3,"runner_stop":3},"quarantined":0,"removed":4,"ignored":1}""" + "\n",
            result.StandardOutput);
        Assert.Contains("Extraction done", result.StandardError);
        Assert.Equal(6, File.ReadAllLines(temp.Combine("metrics.log")).Length);
        Assert.Equal(["still-running"], Directory.GetDirectories(fleet).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unwritable_log_exits_1_and_leaves_every_runner_in_place()
    {
        using var temp = new TempDirectory();
        string fleet = temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(5);

        // A directory where the log file should be: open(O_WRONLY) fails for root too.
        var result = CliProcess.Run(
            "extract", "--flavor", "x", "--shared-fs", fleet, "--quarantine", temp.Combine("q"),
            "--metrics-log", temp.CreateSubdirectory("log-is-a-directory"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(5, Directory.GetDirectories(fleet).Length);
        Assert.Contains("runner-metrics: The metrics log could not be written", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }
}
