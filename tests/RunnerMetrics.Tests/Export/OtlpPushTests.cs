using System;
using System.Collections.Generic;
using System.Linq;
using RunnerMetrics.Telemetry;
using RunnerMetrics.Tests.Cli;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Export;

/// <summary>OTLP/HTTP protobuf pushes to a stand-in collector on loopback: after every pass, from the flag or the standard variables.</summary>
public sealed class OtlpPushTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly OtlpReceiver _collector = new();
    private readonly string _fleet;

    public OtlpPushTests()
    {
        _fleet = _temp.CreateSubdirectory("fs");
        new FleetBuilder(_fleet).FullRunners(3).Runner("corrupt", "1700000000", "{", null);
    }

    [Fact]
    public void Watch_pushes_protobuf_to_v1_metrics_after_every_pass_with_the_prometheus_names()
    {
        using var watch = WatchProcess.Start([.. Arguments("--interval", "50ms"), "--otlp-endpoint", _collector.BaseUrl.ToString()]);

        watch.WaitForPasses(3);
        var requests = _collector.WaitFor(3, TimeSpan.FromMinutes(1));

        Assert.All(requests, request =>
        {
            Assert.Equal("POST", request.Method);
            Assert.Equal("/v1/metrics", request.Path);
            Assert.Equal("application/x-protobuf", request.ContentType);
        });
        var first = OtlpMetricNames.Read(requests[0].Body);
        Assert.Superset(
            new HashSet<string>(
            [
                InstrumentNames.JobsStarted, InstrumentNames.JobsCompleted, InstrumentNames.JobDuration, InstrumentNames.RunnerIdle,
                InstrumentNames.RunnersQuarantined, InstrumentNames.RunnersRemoved, InstrumentNames.ExtractionDuration, InstrumentNames.ExtractionLastSuccess,
            ]),
            first.ToHashSet());
        Assert.All(first, name => Assert.StartsWith("runner_metrics_", name, StringComparison.Ordinal));
        // The names travel as the bytes of protobuf strings, and the resource says who sent them.
        Assert.True(requests[0].Body.AsSpan().IndexOf("runner_metrics_jobs_started_total"u8) >= 0);
        Assert.True(requests[0].Body.AsSpan().IndexOf("runner-metrics"u8) >= 0);
    }

    [Fact]
    public void Extract_pushes_once_to_the_collector_named_by_OTEL_EXPORTER_OTLP_ENDPOINT()
    {
        var result = Extract(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.BaseUrl.ToString() });

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = Assert.Single(_collector.Requests);
        Assert.Equal("/v1/metrics", request.Path);
        Assert.Equal("application/x-protobuf", request.ContentType);
        Assert.Contains(InstrumentNames.JobsStarted, OtlpMetricNames.Read(request.Body));
    }

    [Fact]
    public void OTEL_EXPORTER_OTLP_METRICS_ENDPOINT_is_used_as_it_is()
    {
        var result = Extract(new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:1",
            ["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"] = new Uri(_collector.BaseUrl, "custom/metrics").ToString(),
        });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("/custom/metrics", Assert.Single(_collector.Requests).Path);
    }

    [Fact]
    public void Without_the_flag_or_a_variable_nothing_is_pushed()
    {
        var result = Extract([]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(_collector.Requests);
        Assert.DoesNotContain("OTLP", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_collector_is_logged_and_the_pass_still_succeeds()
    {
        using var process = CliProcess.Start(["extract", .. Arguments(), "--otlp-endpoint", "http://127.0.0.1:1"]);
        var result = process.WaitForExit(TimeSpan.FromMinutes(1));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("OTLP export: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(6, System.IO.File.ReadAllLines(_temp.Combine("metrics.log")).Length);
    }

    public void Dispose()
    {
        _collector.Dispose();
        _temp.Dispose();
    }

    private string[] Arguments(params string[] more) =>
        ["--flavor", "x", "--shared-fs", _fleet, "--quarantine", _temp.Combine("q"), "--metrics-log", _temp.Combine("metrics.log"), .. more];

    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318")]
    [InlineData("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "not a url")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "ftp://collector:4318")]
    public void A_malformed_endpoint_variable_is_a_usage_error_not_a_push_to_localhost(string variable, string value)
    {
        var result = Extract(new() { [variable] = value });

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(variable, result.StandardError, StringComparison.Ordinal);
    }

    private CliResult Extract(Dictionary<string, string> environment)
    {
        using var process = CliProcess.StartWith(environment, ["extract", .. Arguments()]);
        return process.WaitForExit(TimeSpan.FromMinutes(1));
    }
}
