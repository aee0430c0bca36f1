using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Runtime.Versioning;
using BenchmarkDotNet.Attributes;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Benchmarks.Extraction;

/// <summary>
/// What recording the instruments costs a pass on tmpfs: nobody listening (the baseline), a bare
/// <see cref="MeterListener"/> taking every measurement, and the OpenTelemetry SDK aggregating them as the tool's
/// exporters do (collected once per pass, like the push after every pass), without and with the three opt-in labels.
/// Each case has a meter of its own, disposed in its cleanup, so no listener of one case sees another's measurements.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FleetConfig))]
[InvocationCount(1)]
[SupportedOSPlatform("linux")]
public class MetricsRecordingBenchmarks
{
    private static readonly IReadOnlySet<string> NoIgnoredRunners = new HashSet<string>();

    private Fleet _fleet = null!;
    private RunnerMetricsInstruments _instruments = null!;
    private MetricsExtractor _extractor = null!;
    private MeterListener? _listener;
    private MeterProvider? _provider;

    [Params(1_000, 10_000)]
    public int Runners { get; set; }

    [GlobalSetup(Target = nameof(MetricsOff))]
    public void SetupOff() => Setup(JobLabels.None);

    [GlobalSetup(Target = nameof(MeterListenerAttached))]
    public void SetupListener()
    {
        Setup(JobLabels.None);
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, _instruments.Meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _listener.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _listener.Start();
    }

    [GlobalSetup(Target = nameof(OpenTelemetrySdk))]
    public void SetupSdk() => SetupProvider(JobLabels.None);

    [GlobalSetup(Target = nameof(OpenTelemetrySdkAllLabels))]
    public void SetupSdkAllLabels() => SetupProvider(JobLabels.Repo | JobLabels.Workflow | JobLabels.GithubEvent);

    [IterationSetup]
    public void BuildFleet() => _fleet.Build(Runners);

    [IterationCleanup]
    public void CheckFleet() => _fleet.AssertConsumed();

    [GlobalCleanup]
    public void Cleanup()
    {
        _provider?.Dispose();
        _listener?.Dispose();
        _instruments.Dispose();
        _fleet.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int MetricsOff() => _extractor.Extract("small", NoIgnoredRunners).Removed;

    [Benchmark]
    public int MeterListenerAttached() => _extractor.Extract("small", NoIgnoredRunners).Removed;

    [Benchmark]
    public int OpenTelemetrySdk() => ExtractAndCollect();

    [Benchmark]
    public int OpenTelemetrySdkAllLabels() => ExtractAndCollect();

    private int ExtractAndCollect()
    {
        int removed = _extractor.Extract("small", NoIgnoredRunners).Removed;
        _provider!.ForceFlush();
        return removed;
    }

    private void Setup(JobLabels labels)
    {
        _fleet = Fleet.Create("/dev/shm");
        // A meter of its own, disposed with the case: a later case's listener never sees it.
        _instruments = new RunnerMetricsInstruments(meterFactory: null);
        var options = new MetricsExtractorOptions
        {
            SharedFileSystemDirectory = _fleet.RunnersDirectory,
            QuarantineDirectory = _fleet.QuarantineDirectory,
            Instruments = _instruments,
            MetricLabels = labels,
        };
        _extractor = new MetricsExtractor(options, new MetricsLogSink(_fleet.MetricsLog));
    }

    private void SetupProvider(JobLabels labels)
    {
        Setup(labels);
        // The SDK listens by meter name; only this case's meter is alive between its setup and cleanup.
        _provider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(RunnerMetricsInstruments.MeterName)
            .AddReader(new BaseExportingMetricReader(new DiscardingExporter()))
            .Build();
    }

    /// <summary>Takes each collected batch and drops it: the cost measured is recording and aggregating, not a network.</summary>
    private sealed class DiscardingExporter : BaseExporter<Metric>
    {
        public override ExportResult Export(in Batch<Metric> batch) => ExportResult.Success;
    }
}
