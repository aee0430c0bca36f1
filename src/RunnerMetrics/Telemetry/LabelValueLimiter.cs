using System;
using System.Collections.Concurrent;

namespace RunnerMetrics.Telemetry;

/// <summary>
/// Caps the distinct values one label takes: the first <c>max</c> distinct values pass, every later one is reported as
/// <see cref="TagNames.OtherValue"/>. Thread-safe; a value seen once keeps passing without a lock.
/// </summary>
internal sealed class LabelValueLimiter(int max)
{
    private readonly ConcurrentDictionary<string, string> _admitted = new(StringComparer.Ordinal);
    private readonly object _sync = new();

    public string Limit(string value)
    {
        if (_admitted.TryGetValue(value, out string? admitted))
        {
            return admitted;
        }

        lock (_sync)
        {
            if (_admitted.TryGetValue(value, out admitted))
            {
                return admitted;
            }

            if (_admitted.Count >= max)
            {
                return TagNames.OtherValue;
            }

            _admitted[value] = value;
            return value;
        }
    }
}
