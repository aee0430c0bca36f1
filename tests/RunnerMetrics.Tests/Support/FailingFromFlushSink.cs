using System;
using RunnerMetrics.Events;

namespace RunnerMetrics.Tests.Support;

/// <summary>A thread-safe in-memory sink whose flushes succeed until the <c>failFrom</c>-th, which and all later ones fail.</summary>
internal sealed class FailingFromFlushSink(int failFrom) : IMetricsSink
{
    private readonly object _gate = new();
    private int _flushes;

    public InMemoryMetricsSink Inner { get; } = new();

    public void Append(ReadOnlySpan<byte> utf8JsonLine) => Inner.Append(utf8JsonLine);

    public void Flush()
    {
        lock (_gate)
        {
            Inner.FailFlush = ++_flushes >= failFrom;
            Inner.Flush();
        }
    }
}
