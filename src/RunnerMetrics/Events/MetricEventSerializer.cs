using System;
using System.Buffers;
using System.Text.Json;

namespace RunnerMetrics.Events;

/// <summary>
/// Serializes events into a sink, one line each, through one reused buffer and writer, so a pass allocates
/// no serialization memory per event.
/// </summary>
public sealed class MetricEventSerializer : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(512);
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates a serializer; it is not thread-safe.</summary>
    public MetricEventSerializer() =>
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false, SkipValidation = false });

    /// <summary>Writes <paramref name="metricEvent"/> as one line of <paramref name="sink"/>'s pending batch.</summary>
    public void Append(MetricEvent metricEvent, IMetricsSink sink)
    {
        ArgumentNullException.ThrowIfNull(metricEvent);
        ArgumentNullException.ThrowIfNull(sink);
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        metricEvent.WriteTo(_writer);
        _writer.Flush();
        sink.Append(_buffer.WrittenSpan);
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
