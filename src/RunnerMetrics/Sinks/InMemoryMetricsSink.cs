using System;
using System.Collections.Generic;
using System.Text;

namespace RunnerMetrics.Events;

/// <summary>
/// A thread-safe sink that keeps flushed lines in memory, for tests and for library users that ship
/// events elsewhere. It can be told to fail, to test what callers do when the log is unwritable.
/// </summary>
public sealed class InMemoryMetricsSink : IMetricsSink
{
    private readonly object _gate = new();
    private readonly List<string> _pending = [];
    private readonly List<string> _flushed = [];

    /// <summary>When true, <see cref="Flush"/> drops the batch and throws <see cref="MetricsSinkException"/>.</summary>
    public bool FailFlush { get; set; }

    /// <summary>How many times <see cref="Flush"/> succeeded.</summary>
    public int FlushCount { get; private set; }

    /// <summary>A snapshot of the lines delivered by successful flushes, in order.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return _flushed.ToArray();
            }
        }
    }

    /// <summary>A snapshot of the lines appended but not yet flushed.</summary>
    public IReadOnlyList<string> PendingLines
    {
        get
        {
            lock (_gate)
            {
                return _pending.ToArray();
            }
        }
    }

    /// <inheritdoc/>
    public void Append(ReadOnlySpan<byte> utf8JsonLine)
    {
        SinkLines.Validate(utf8JsonLine);
        string line = Encoding.UTF8.GetString(utf8JsonLine);
        lock (_gate)
        {
            _pending.Add(line);
        }
    }

    /// <inheritdoc/>
    public void Flush()
    {
        lock (_gate)
        {
            if (FailFlush)
            {
                _pending.Clear();
                throw new MetricsSinkException("The in-memory metrics sink was told to fail.");
            }

            _flushed.AddRange(_pending);
            _pending.Clear();
            FlushCount++;
        }
    }
}
