using System;

namespace RunnerMetrics.Events;

/// <summary>The one rule every sink enforces on appended lines.</summary>
internal static class SinkLines
{
    /// <summary>Throws unless <paramref name="line"/> is non-empty and holds no line break (one event per line).</summary>
    internal static void Validate(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty || line.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
        {
            throw new ArgumentException("A metrics line must be non-empty and hold no line break.", nameof(line));
        }
    }
}
