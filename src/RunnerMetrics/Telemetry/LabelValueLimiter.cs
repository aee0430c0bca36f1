using System;
using System.Collections.Concurrent;

namespace RunnerMetrics.Telemetry;

/// <summary>
/// Caps the distinct values one label takes: the first <c>max</c> distinct values pass, every later one is reported as
/// <see cref="TagNames.OtherValue"/>. Thread-safe; a value seen once keeps passing without a lock, and once the cap is
/// reached a new value is turned away without one too (a workflow inventing a name per run must stay cheap).
/// </summary>
internal sealed class LabelValueLimiter(int max)
{
    private readonly ConcurrentDictionary<string, string> _admitted = new(StringComparer.Ordinal);
    private readonly object _sync = new();
    private int _count;
    private volatile bool _full;

    public string Limit(string value)
    {
        if (_admitted.TryGetValue(value, out string? admitted))
        {
            return admitted;
        }

        if (_full)
        {
            return TagNames.OtherValue;
        }

        lock (_sync)
        {
            if (_admitted.TryGetValue(value, out admitted))
            {
                return admitted;
            }

            if (_count >= max)
            {
                _full = true;
                return TagNames.OtherValue;
            }

            _admitted[value] = value;
            _count++;
            return value;
        }
    }
}
