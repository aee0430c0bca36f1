using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Tests.Export;

/// <summary><c>GET /metrics</c> of a real <c>watch</c> over HTTP after a pass: names, types, labels, buckets, and values that equal the log.</summary>
[Collection(nameof(EnrichedWatch))]
public sealed class ScrapeTests(EnrichedWatch watch)
{
    private const double Tolerance = 1e-6;

    private static readonly Dictionary<string, string> ExpectedTypes = new()
    {
        [InstrumentNames.JobsStarted] = "counter",
        [InstrumentNames.JobsCompleted] = "counter",
        [InstrumentNames.JobDuration] = "histogram",
        [InstrumentNames.RunnerIdle] = "histogram",
        [InstrumentNames.JobQueueDuration] = "histogram",
        [InstrumentNames.RunnersQuarantined] = "counter",
        [InstrumentNames.RunnersRemoved] = "counter",
        [InstrumentNames.ExtractionDuration] = "histogram",
        [InstrumentNames.ExtractionFailures] = "counter",
        [InstrumentNames.ExtractionLastSuccess] = "gauge",
        [InstrumentNames.GitHubRateLimitRemaining] = "gauge",
    };

    private PrometheusText Scrape => watch.Scrape;

    [Fact]
    public void Every_instrument_is_exposed_once_under_its_issue_13_name_and_type()
    {
        var families = Scrape.Types.Where(t => t.Key.StartsWith("runner_metrics_", StringComparison.Ordinal)).ToDictionary();

        // Exactly these: no unit or _total suffix doubled by the exporter, nothing missing.
        Assert.Equal(ExpectedTypes.OrderBy(t => t.Key), families.OrderBy(t => t.Key));
        Assert.Contains("runner_metrics_jobs_started_total", families.Keys);
        Assert.Contains("runner_metrics_extraction_last_success_timestamp_seconds", families.Keys);
        Assert.All(Scrape.Samples, sample => Assert.Contains(Family(sample.Name), Scrape.Types.Keys));
    }

    [Fact]
    public void Histogram_buckets_are_the_configured_ones()
    {
        AssertBuckets(InstrumentNames.JobDuration, HistogramBuckets.JobSeconds);
        AssertBuckets(InstrumentNames.RunnerIdle, HistogramBuckets.JobSeconds);
        AssertBuckets(InstrumentNames.JobQueueDuration, HistogramBuckets.JobSeconds);
        AssertBuckets(InstrumentNames.ExtractionDuration, HistogramBuckets.PassSeconds);
    }

    [Fact]
    public void Job_counters_equal_the_logged_events()
    {
        var starts = Events("runner_start");
        var stops = Events("runner_stop");
        Assert.Equal(EnrichedWatch.Finished + EnrichedWatch.Unfinished, starts.Count);
        Assert.Equal(EnrichedWatch.Finished, stops.Count);

        Assert.Equal(starts.Count, Scrape.Sum(InstrumentNames.JobsStarted));
        var logged = stops.GroupBy(e => (Status: e.GetProperty("status").GetString(), Conclusion: e.GetProperty("job_conclusion").GetString()))
            .ToDictionary(g => g.Key, g => (double)g.Count());
        var scraped = Scrape.Named(InstrumentNames.JobsCompleted)
            .GroupBy(s => (Status: s.Label(TagNames.Status), Conclusion: s.Label(TagNames.Conclusion)))
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        Assert.Equal(logged.OrderBy(p => p.Key), scraped.OrderBy(p => p.Key));
        Assert.Equal(2, logged.Keys.Select(k => k.Status).Distinct().Count());
    }

    [Fact]
    public void Histogram_counts_sums_and_buckets_equal_the_logged_values()
    {
        AssertHistogramOf(InstrumentNames.JobDuration, Values("runner_stop", "job_duration"));
        AssertHistogramOf(InstrumentNames.RunnerIdle, Values("runner_start", "idle"));
        var queued = Values("runner_start", "queue_duration");
        // The fake API knows every runner's job, the unfinished ones' too.
        Assert.Equal(EnrichedWatch.Finished + EnrichedWatch.Unfinished, queued.Count);
        AssertHistogramOf(InstrumentNames.JobQueueDuration, queued);
    }

    [Fact]
    public void Runner_pass_and_github_instruments_count_what_the_watch_did()
    {
        int failedPasses = watch.Exit.ErrorLines.Count(line => line.Contains("The pass failed: ", StringComparison.Ordinal));

        Assert.Equal(EnrichedWatch.Corrupt, Scrape.Value(InstrumentNames.RunnersQuarantined));
        Assert.Equal(EnrichedWatch.Finished + EnrichedWatch.Unfinished + 1, Scrape.Value(InstrumentNames.RunnersRemoved));
        Assert.True(failedPasses >= 1, watch.Exit.ToString());
        Assert.Equal(failedPasses, Scrape.Value(InstrumentNames.ExtractionFailures));
        Assert.True(Scrape.Value(InstrumentNames.ExtractionDuration + "_count") >= failedPasses + 1);
        double lastSuccess = Scrape.Value(InstrumentNames.ExtractionLastSuccess);
        Assert.InRange(lastSuccess, watch.ScrapedAt.AddMinutes(-5).ToUnixTimeSeconds(), watch.ScrapedAt.ToUnixTimeSeconds() + 1);
        Assert.Equal(double.Parse(EnrichedWatch.RateLimitRemaining, CultureInfo.InvariantCulture), Scrape.Value(InstrumentNames.GitHubRateLimitRemaining));
    }

    [Fact]
    public void Series_carry_only_the_documented_labels()
    {
        string[] job = [TagNames.Flavor, TagNames.Workflow];
        AssertLabels(InstrumentNames.JobsStarted, job);
        AssertLabels(InstrumentNames.JobsCompleted, [.. job, TagNames.Status, TagNames.Conclusion]);
        AssertLabels(InstrumentNames.JobDuration + "_bucket", [.. job, "le"]);
        AssertLabels(InstrumentNames.JobQueueDuration + "_sum", job);
        AssertLabels(InstrumentNames.ExtractionDuration + "_bucket", [TagNames.Flavor, "le"]);
        foreach (string name in new[] { InstrumentNames.RunnersQuarantined, InstrumentNames.RunnersRemoved, InstrumentNames.ExtractionFailures, InstrumentNames.ExtractionLastSuccess, InstrumentNames.GitHubRateLimitRemaining })
        {
            AssertLabels(name, [TagNames.Flavor]);
        }

        Assert.All(Scrape.Samples.Where(s => s.Name.StartsWith("runner_metrics_", StringComparison.Ordinal)), s => Assert.Equal(EnrichedWatch.Flavor, s.Label(TagNames.Flavor)));
    }

    [Fact]
    public void The_workflow_label_takes_100_values_and_the_101st_workflow_becomes_other()
    {
        var started = Scrape.Named(InstrumentNames.JobsStarted).ToDictionary(s => s.Label(TagNames.Workflow)!, s => s.Value);
        var loggedByWorkflow = Events("runner_start").GroupBy(e => e.GetProperty("workflow").GetString()!).ToDictionary(g => g.Key, g => (double)g.Count());

        // The finished runners' 101 workflows, and "Build" of the unfinished ones.
        Assert.Equal(EnrichedWatch.Finished + 1, loggedByWorkflow.Count);
        Assert.Equal(101, started.Count);
        Assert.True(started.ContainsKey(TagNames.OtherValue));
        var named = started.Keys.Where(k => k != TagNames.OtherValue).ToList();
        Assert.Equal(100, named.Count);
        Assert.All(named, workflow => Assert.Equal(loggedByWorkflow[workflow], started[workflow]));
        double rest = loggedByWorkflow.Where(p => !named.Contains(p.Key)).Sum(p => p.Value);
        Assert.True(rest >= 1);
        Assert.Equal(rest, started[TagNames.OtherValue]);
    }

    // A histogram's series (_bucket, _sum, _count) belong to its family.
    private static string Family(string sample)
    {
        foreach (string suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (sample.EndsWith(suffix, StringComparison.Ordinal) && ExpectedTypes.GetValueOrDefault(sample[..^suffix.Length]) == "histogram")
            {
                return sample[..^suffix.Length];
            }
        }

        return sample;
    }

    private void AssertBuckets(string histogram, IReadOnlyList<double> configured)
    {
        var series = Scrape.Named(histogram + "_bucket").GroupBy(s => string.Join(",", s.Labels.Where(l => l.Key != "le").OrderBy(l => l.Key))).ToList();
        Assert.NotEmpty(series);
        Assert.All(series, buckets => Assert.Equal(
            [.. configured, double.PositiveInfinity],
            buckets.Select(s => s.Label("le") == "+Inf" ? double.PositiveInfinity : double.Parse(s.Label("le")!, CultureInfo.InvariantCulture))));
    }

    // Over every label set: _count and _sum of the values, and each bucket counting the values at most its bound.
    private void AssertHistogramOf(string histogram, IReadOnlyList<double> values)
    {
        Assert.Equal(values.Count, Scrape.Sum(histogram + "_count"));
        Assert.Equal(values.Sum(), Scrape.Sum(histogram + "_sum"), Tolerance * Math.Max(1, values.Sum()));
        var buckets = Scrape.Named(histogram + "_bucket").GroupBy(s => s.Label("le")!).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        foreach (double bound in HistogramBuckets.JobSeconds)
        {
            Assert.Equal(values.Count(v => v <= bound), buckets[bound.ToString(CultureInfo.InvariantCulture)]);
        }

        Assert.Equal(values.Count, buckets["+Inf"]);
        Assert.True(buckets.Values.Distinct().Count() > 3, "the values should spread over the buckets");
    }

    private void AssertLabels(string name, string[] labels)
    {
        var samples = Scrape.Named(name).ToList();
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.Equal(labels.Order(), s.Labels.Keys.Order()));
    }

    private List<JsonElement> Events(string name) =>
        [.. watch.Log.Events.Where(e => e.GetProperty("event").GetString() == name)];

    private List<double> Values(string eventName, string member) =>
        [.. Events(eventName).Where(e => e.TryGetProperty(member, out _)).Select(e => e.GetProperty(member).GetDouble())];
}
