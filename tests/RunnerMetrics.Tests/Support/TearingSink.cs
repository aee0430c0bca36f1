using System;
using System.Buffers;
using System.IO;
using RunnerMetrics.Events;

namespace RunnerMetrics.Tests.Support;

/// <summary>
/// A log sink whose flushes tear: the <c>failFrom</c>-th flush writes only the first <c>tearAfterBytes</c>
/// bytes of its batch to the log and fails, as a full disk or a crash mid-<c>write</c> would. After
/// <see cref="Recover"/> a fresh <see cref="MetricsLogSink"/> on the same file takes over, as a restarted process would.
/// </summary>
internal sealed class TearingSink(string path, int failFrom, int tearAfterBytes) : IMetricsSink
{
    private readonly ArrayBufferWriter<byte> _batch = new();
    private MetricsLogSink? _recovered;
    private int _flushes;

    /// <summary>The bytes of the batch that tore (all of it, not only what reached the log).</summary>
    public byte[] TornBatch { get; private set; } = [];

    public void Recover() => _recovered = new MetricsLogSink(path);

    public void Append(ReadOnlySpan<byte> utf8JsonLine)
    {
        if (_recovered is { } sink)
        {
            sink.Append(utf8JsonLine);
            return;
        }

        _batch.Write(utf8JsonLine);
        _batch.Write("\n"u8);
    }

    public void Flush()
    {
        if (_recovered is { } sink)
        {
            sink.Flush();
            return;
        }

        byte[] batch = _batch.WrittenSpan.ToArray();
        _batch.ResetWrittenCount();
        using (var log = new FileStream(path, FileMode.Append, FileAccess.Write))
        {
            if (++_flushes < failFrom)
            {
                log.Write(batch);
                return;
            }

            TornBatch = batch;
            log.Write(batch.AsSpan(0, Math.Min(tearAfterBytes, batch.Length)));
        }

        throw new MetricsSinkException($"No space left on device after {tearAfterBytes} bytes (test)", 28);
    }
}
