using System;
using System.IO;
using RunnerMetrics.Events;

namespace RunnerMetrics.Extraction;

/// <summary>
/// The sink as the workers of one pass share it. A failed flush drops the sink's whole batch, other workers'
/// lines included, so from then on no worker appends or takes a flush as delivered: each leaves its pending
/// runners on disk for the next pass, and the sink holds nothing.
/// </summary>
internal sealed class DeliveryGate(IMetricsSink sink)
{
    private readonly object _sync = new();
    private Exception? _failure;

    public IMetricsSink Sink => sink;

    /// <summary>Held while a worker appends one runner's lines, so a failure can't drop half of them unseen.</summary>
    public object SyncRoot => _sync;

    /// <summary>The sink failure that closed the gate, or null; read under <see cref="SyncRoot"/>.</summary>
    public Exception? Failure => _failure;

    /// <summary>Records a failure of <see cref="IMetricsSink.Append"/>; call under <see cref="SyncRoot"/>.</summary>
    public void Fail(Exception exception) => _failure ??= exception;

    /// <summary>Flushes the sink: null when every line appended so far is durable, else the failure.</summary>
    public Exception? Flush()
    {
        lock (_sync)
        {
            if (_failure is null)
            {
                try
                {
                    sink.Flush();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    _failure = exception;
                }
            }

            return _failure;
        }
    }
}
