using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Tests.Telemetry;

/// <summary>One measurement as a <see cref="MeterListener"/> saw it.</summary>
internal sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);

/// <summary>
/// Instruments on a meter of their own (so tests running at the same time don't mix) and a listener that captures
/// every measurement of that meter.
/// </summary>
internal sealed class MeterCapture : IDisposable
{
    private readonly ConcurrentQueue<Measured> _measured = new();
    private readonly MeterListener _listener = new();

    public MeterCapture()
    {
        Instruments = new RunnerMetricsInstruments(new TestMeterFactory());
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, Instruments.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public RunnerMetricsInstruments Instruments { get; }

    public IReadOnlyList<Measured> Of(string instrument) => _measured.Where(m => m.Instrument == instrument).ToList();

    public double Sum(string instrument) => Of(instrument).Sum(m => m.Value);

    /// <summary>Asks the observable instruments for their current values.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose()
    {
        _listener.Dispose();
        Instruments.Meter.Dispose();
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>();
        foreach (var tag in tags)
        {
            copy.Add(tag.Key, tag.Value?.ToString());
        }

        _measured.Enqueue(new Measured(instrument.Name, value, copy));
    }

    private sealed class TestMeterFactory : IMeterFactory
    {
        public Meter Create(MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }
}
