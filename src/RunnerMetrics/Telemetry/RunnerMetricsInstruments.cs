using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace RunnerMetrics.Telemetry;

/// <summary>
/// The <see cref="Meter"/> named <see cref="MeterName"/> and its instruments. The library only records; an application
/// wires exporters (OpenTelemetry's Prometheus or OTLP exporter, <c>dotnet-counters</c>, …) to the meter.
/// Extractors record here only what was durably delivered, so the instruments agree with the metrics log.
/// </summary>
public sealed class RunnerMetricsInstruments : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "RunnerMetrics";

    private readonly ConcurrentDictionary<string, double> _lastSuccess = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _rateLimitRemaining = new(StringComparer.Ordinal);
    private readonly bool _ownsMeter;

    /// <summary>
    /// Creates the instruments on a meter from <paramref name="meterFactory"/> (which then owns it, as with dependency
    /// injection), or on a meter of their own when null.
    /// </summary>
    public RunnerMetricsInstruments(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        Meter = meterFactory?.Create(new MeterOptions(MeterName)) ?? new Meter(MeterName);
        JobsStarted = Meter.CreateCounter<long>(InstrumentNames.JobsStarted, "{job}", "Jobs started (runner_start events delivered to the metrics log).");
        JobsCompleted = Meter.CreateCounter<long>(InstrumentNames.JobsCompleted, "{job}", "Jobs completed (runner_stop events delivered to the metrics log).");
        JobDuration = JobHistogram(InstrumentNames.JobDuration, "How long jobs ran.");
        RunnerIdle = JobHistogram(InstrumentNames.RunnerIdle, "How long runners waited for their job after installation.");
        JobQueueDuration = JobHistogram(InstrumentNames.JobQueueDuration, "How long jobs waited for a runner (GitHub API, when enrichment is on).");
        RunnersQuarantined = Meter.CreateCounter<long>(InstrumentNames.RunnersQuarantined, "{runner}", "Corrupt runners archived to the quarantine directory and removed.");
        RunnersRemoved = Meter.CreateCounter<long>(InstrumentNames.RunnersRemoved, "{runner}", "Runner directories removed.");
        ExtractionDuration = CreateHistogram(InstrumentNames.ExtractionDuration, "How long extraction passes took.", HistogramBuckets.PassSeconds);
        ExtractionFailures = Meter.CreateCounter<long>(InstrumentNames.ExtractionFailures, "{pass}", "Extraction passes that stopped with an error.");
        Meter.CreateObservableGauge(InstrumentNames.ExtractionLastSuccess, ObserveLastSuccess, "s", "Unix time of the last extraction pass that completed.");
        Meter.CreateObservableGauge(
            InstrumentNames.GitHubRateLimitRemaining, ObserveRateLimitRemaining, "{request}", "GitHub API requests left in the current rate-limit window (x-ratelimit-remaining).");
    }

    /// <summary>A process-wide instance, used by extractors whose options name none.</summary>
    public static RunnerMetricsInstruments Shared { get; } = new();

    /// <summary>The meter all the instruments belong to.</summary>
    public Meter Meter { get; }

    internal Counter<long> JobsStarted { get; }

    internal Counter<long> JobsCompleted { get; }

    internal Histogram<double> JobDuration { get; }

    internal Histogram<double> RunnerIdle { get; }

    internal Histogram<double> JobQueueDuration { get; }

    internal Counter<long> RunnersQuarantined { get; }

    internal Counter<long> RunnersRemoved { get; }

    internal Histogram<double> ExtractionDuration { get; }

    internal Counter<long> ExtractionFailures { get; }

    /// <summary>Disposes the meter when these instruments created it (a factory's meter is the factory's).</summary>
    public void Dispose()
    {
        if (_ownsMeter && !ReferenceEquals(this, Shared))
        {
            Meter.Dispose();
        }
    }

    internal void RecordSuccess(string flavor, DateTimeOffset completedAt) =>
        _lastSuccess[flavor] = completedAt.ToUnixTimeMilliseconds() / 1000.0;

    internal void RecordRateLimitRemaining(string flavor, long remaining) => _rateLimitRemaining[flavor] = remaining;

    private IEnumerable<Measurement<double>> ObserveLastSuccess()
    {
        foreach (var (flavor, timestamp) in _lastSuccess)
        {
            yield return new Measurement<double>(timestamp, new KeyValuePair<string, object?>(TagNames.Flavor, flavor));
        }
    }

    private IEnumerable<Measurement<long>> ObserveRateLimitRemaining()
    {
        foreach (var (flavor, remaining) in _rateLimitRemaining)
        {
            yield return new Measurement<long>(remaining, new KeyValuePair<string, object?>(TagNames.Flavor, flavor));
        }
    }

    private Histogram<double> JobHistogram(string name, string description) => CreateHistogram(name, description, HistogramBuckets.JobSeconds);

    private Histogram<double> CreateHistogram(string name, string description, IReadOnlyList<double> buckets)
    {
#if NET9_0_OR_GREATER
        return Meter.CreateHistogram(name, "s", description, tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = buckets });
#else
        // InstrumentAdvice arrived in .NET 9: on .NET 8 the exporter's defaults or views decide the buckets.
        _ = buckets;
        return Meter.CreateHistogram<double>(name, "s", description);
#endif
    }
}
