using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using RunnerMetrics.Telemetry;
using RunnerMetrics.Tests.Export;

namespace RunnerMetrics.Tests.Deploy;

/// <summary>
/// The dashboard, the alert rules and the collector example ask only for metrics the library's meter publishes, and
/// every series they query is one a real <c>watch</c> serves on <c>/metrics</c>.
/// </summary>
[Collection(nameof(EnrichedWatch))]
public sealed partial class DeployMetricNameTests(EnrichedWatch watch)
{
    // Prometheus shows a histogram as these three series; the instrument carries the name without them.
    private static readonly string[] HistogramSuffixes = ["_bucket", "_sum", "_count"];

    [Theory]
    [InlineData("grafana", "runner-metrics.json")]
    [InlineData("prometheus", "runner-metrics.rules.yml")]
    [InlineData("otel-collector.yaml")]
    public void Every_metric_name_in_the_file_is_an_instrument_of_the_meter(params string[] path)
    {
        var published = PublishedInstrumentNames();
        var used = UsedMetricNames(File.ReadAllText(DeployFile(path)));

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.True(published.Contains(name), $"{name} is not an instrument of the RunnerMetrics meter"));
    }

    [Theory]
    [InlineData("grafana", "runner-metrics.json")]
    [InlineData("prometheus", "runner-metrics.rules.yml")]
    [InlineData("otel-collector.yaml")]
    public void Every_series_the_file_queries_is_in_the_scrape_of_a_running_watch(params string[] path)
    {
        // As written, suffixes and all: runner_metrics_job_duration_seconds_bucket must be a series of the scrape.
        var served = watch.Scrape.Samples.Select(sample => sample.Name).ToHashSet(StringComparer.Ordinal);
        var queried = MetricName().Matches(File.ReadAllText(DeployFile(path))).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(queried);
        Assert.All(queried, name => Assert.True(served.Contains(name), $"{name} is not served on /metrics; served: {string.Join(", ", served.Order())}"));
    }

    [Fact]
    public void The_dashboard_and_the_rules_use_the_metrics_they_are_meant_to_show()
    {
        var dashboard = UsedMetricNames(File.ReadAllText(DeployFile("grafana", "runner-metrics.json")));
        var rules = UsedMetricNames(File.ReadAllText(DeployFile("prometheus", "runner-metrics.rules.yml")));

        Assert.Superset(
            new HashSet<string>(
            [
                InstrumentNames.JobQueueDuration, InstrumentNames.JobDuration, InstrumentNames.JobsCompleted,
                InstrumentNames.RunnerIdle, InstrumentNames.RunnersQuarantined, InstrumentNames.ExtractionLastSuccess,
            ]),
            dashboard);
        Assert.Superset(
            new HashSet<string>([InstrumentNames.JobQueueDuration, InstrumentNames.RunnersQuarantined, InstrumentNames.ExtractionLastSuccess]),
            rules);
    }

    [Fact]
    public void The_dashboard_is_json_whose_panels_have_unique_ids_and_a_query_each()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(DeployFile("grafana", "runner-metrics.json")));
        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().ToList();

        Assert.Equal("runner-metrics", dashboard.RootElement.GetProperty("uid").GetString());
        Assert.Equal(panels.Count, panels.Select(panel => panel.GetProperty("id").GetInt32()).Distinct().Count());
        Assert.All(
            panels.Where(panel => panel.GetProperty("type").GetString() != "row"),
            panel => Assert.All(
                panel.GetProperty("targets").EnumerateArray(),
                target => Assert.StartsWith("runner_metrics_", MetricName().Match(target.GetProperty("expr").GetString()!).Value)));
    }

    [Theory]
    [InlineData("runner_metrics_job_duration_seconds_bucket", "runner_metrics_job_duration_seconds")]
    [InlineData("runner_metrics_job_duration_seconds_count", "runner_metrics_job_duration_seconds")]
    [InlineData("runner_metrics_job_duration_seconds_sum", "runner_metrics_job_duration_seconds")]
    [InlineData("runner_metrics_jobs_started_total", "runner_metrics_jobs_started_total")]
    public void Histogram_suffixes_are_stripped(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(UsedMetricNames($"rate({text}[5m])")));

    [Fact]
    public void A_name_the_meter_does_not_publish_is_caught()
    {
        var used = UsedMetricNames("sum(runner_metrics_jobs_failed_total)");

        Assert.DoesNotContain(Assert.Single(used), PublishedInstrumentNames());
    }

    // What a MeterListener is told the meter publishes: every instrument exists once the instruments are created.
    private static HashSet<string> PublishedInstrumentNames()
    {
        using var instruments = new RunnerMetricsInstruments(meterFactory: null);
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (ReferenceEquals(instrument.Meter, instruments.Meter))
                {
                    names.Add(instrument.Name);
                }
            },
        };
        listener.Start();
        Assert.Equal(RunnerMetricsInstruments.MeterName, instruments.Meter.Name);
        return names;
    }

    private static HashSet<string> UsedMetricNames(string text) =>
        MetricName().Matches(text).Select(match => StripHistogramSuffix(match.Value)).ToHashSet(StringComparer.Ordinal);

    private static string StripHistogramSuffix(string name)
    {
        foreach (string suffix in HistogramSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static string DeployFile(params string[] parts)
    {
        string project = typeof(DeployMetricNameTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;
        return Path.Combine([project, "..", "..", "deploy", .. parts]);
    }

    [GeneratedRegex("runner_metrics_[a-z_]+")]
    private static partial Regex MetricName();
}
