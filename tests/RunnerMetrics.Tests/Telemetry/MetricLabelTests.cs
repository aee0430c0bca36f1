using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Telemetry;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Telemetry;

/// <summary>Labels stay low-cardinality by default; opt-in labels, whose values untrusted files choose, are capped.</summary>
public sealed class MetricLabelTests : IDisposable
{
    private const string Flavor = "medium";
    private readonly TempDirectory _temp = new();
    private readonly MeterCapture _capture = new();
    private readonly FleetBuilder _fleet;

    public MetricLabelTests() => _fleet = new FleetBuilder(_temp.CreateSubdirectory("fs"));

    [Fact]
    public void Default_tags_are_only_flavor_status_and_conclusion()
    {
        _fleet.FullRunners(3).PreOnly("pre-only").Runner("abnormal", FleetBuilder.Number(FleetBuilder.InstalledAt), FleetBuilder.PreJob("abnormal"), FleetBuilder.PostJob(status: "abnormal", code: 1));

        Extractor(new MetricsExtractorOptions()).Extract(Flavor, new HashSet<string>());

        string[] jobInstruments = [InstrumentNames.JobsStarted, InstrumentNames.RunnerIdle, InstrumentNames.JobDuration];
        foreach (string instrument in jobInstruments)
        {
            Assert.NotEmpty(_capture.Of(instrument));
            Assert.All(_capture.Of(instrument), m => Assert.Equal([TagNames.Flavor], m.Tags.Keys));
        }

        var completed = _capture.Of(InstrumentNames.JobsCompleted);
        Assert.Equal(4, completed.Count);
        // No enrichment, so no conclusion is known and none is tagged.
        Assert.All(completed, m => Assert.Equal([TagNames.Flavor, TagNames.Status], m.Tags.Keys.Order()));
        Assert.Equal(["abnormal", "normal", "normal", "normal"], completed.Select(m => m.Tags[TagNames.Status]).Order());
        Assert.All(_capture.Of(InstrumentNames.JobsStarted), m => Assert.Equal(Flavor, m.Tags[TagNames.Flavor]));
    }

    [Fact]
    public void Opted_in_labels_carry_the_event_values()
    {
        _fleet.Runner("r1", FleetBuilder.Number(FleetBuilder.InstalledAt), FleetBuilder.PreJob("r1", workflow: "Release", githubEvent: "schedule"), FleetBuilder.PostJob());

        Extractor(new MetricsExtractorOptions { MetricLabels = JobLabels.Repo | JobLabels.Workflow | JobLabels.GithubEvent })
            .Extract(Flavor, new HashSet<string>());

        var started = Assert.Single(_capture.Of(InstrumentNames.JobsStarted));
        Assert.Equal(FleetBuilder.RepositoryOf("r1"), started.Tags[TagNames.Repo]);
        Assert.Equal("Release", started.Tags[TagNames.Workflow]);
        Assert.Equal("schedule", started.Tags[TagNames.GithubEvent]);
        var completed = Assert.Single(_capture.Of(InstrumentNames.JobsCompleted));
        Assert.Equal("Release", completed.Tags[TagNames.Workflow]);
        Assert.Equal("normal", completed.Tags[TagNames.Status]);
        // Runner-level counters stay flavor-only.
        Assert.All(_capture.Of(InstrumentNames.RunnersRemoved), m => Assert.Equal([TagNames.Flavor], m.Tags.Keys));
    }

    [Fact]
    public void The_101st_distinct_workflow_becomes_other()
    {
        for (int i = 0; i < 101; i++)
        {
            WithWorkflow(FleetBuilder.RunnerName(i), $"workflow-{i}");
        }

        var sink = new InMemoryMetricsSink();
        var extractor = Extractor(new MetricsExtractorOptions { MetricLabels = JobLabels.Workflow }, sink);

        extractor.Extract(Flavor, new HashSet<string>());

        // One worker: the log's order is the order of recording.
        var logged = StartWorkflows(sink);
        var tagged = _capture.Of(InstrumentNames.JobsStarted).Select(m => m.Tags[TagNames.Workflow]).ToList();
        Assert.Equal(101, tagged.Count);
        Assert.Equal(logged.Take(100), tagged.Take(100));
        Assert.Equal(TagNames.OtherValue, tagged[100]);
        Assert.Equal(TagNames.OtherValue, _capture.Of(InstrumentNames.JobsCompleted)[100].Tags[TagNames.Workflow]);

        // The cap holds across passes: an admitted value still passes, a new one is still "other".
        WithWorkflow("again", logged[0]).WithWorkflow("new", "workflow-new");
        extractor.Extract(Flavor, new HashSet<string>());
        var second = _capture.Of(InstrumentNames.JobsStarted).Skip(101).Select(m => m.Tags[TagNames.Workflow]).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { logged[0], TagNames.OtherValue }.Order(StringComparer.Ordinal), second);
    }

    [Fact]
    public void The_cap_holds_with_parallel_workers()
    {
        for (int i = 0; i < 300; i++)
        {
            WithWorkflow(FleetBuilder.RunnerName(i), $"workflow-{i}");
        }

        Extractor(new MetricsExtractorOptions { MetricLabels = JobLabels.Workflow, MaxLabelValues = 100, MaxDegreeOfParallelism = 4, FlushBatchSize = 5 })
            .Extract(Flavor, new HashSet<string>());

        var tagged = _capture.Of(InstrumentNames.JobsStarted).Select(m => m.Tags[TagNames.Workflow]).ToList();
        Assert.Equal(300, tagged.Count);
        Assert.Equal(100, tagged.Where(t => t != TagNames.OtherValue).Distinct().Count());
        Assert.Equal(100, tagged.Count(t => t != TagNames.OtherValue));
        Assert.Equal(200, tagged.Count(t => t == TagNames.OtherValue));
    }

    public void Dispose()
    {
        _capture.Dispose();
        _temp.Dispose();
    }

    private MetricLabelTests WithWorkflow(string runner, string workflow)
    {
        _fleet.Runner(runner, FleetBuilder.Number(FleetBuilder.InstalledAt), FleetBuilder.PreJob(runner, workflow: workflow), FleetBuilder.PostJob());
        return this;
    }

    private MetricsExtractor Extractor(MetricsExtractorOptions options, IMetricsSink? sink = null) => new(
        options with
        {
            SharedFileSystemDirectory = _fleet.BaseDirectory,
            QuarantineDirectory = _temp.Combine("q"),
            Instruments = _capture.Instruments,
        },
        sink ?? new InMemoryMetricsSink());

    private static List<string> StartWorkflows(InMemoryMetricsSink sink) =>
        sink.Lines.Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("event").GetString() == RunnerStart.Name)
            .Select(e => e.GetProperty("workflow").GetString()!)
            .ToList();
}
