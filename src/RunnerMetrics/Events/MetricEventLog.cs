using System;
using System.Collections.Generic;

namespace RunnerMetrics.Events;

/// <summary>Reads a metrics log back: one strictly parsed <see cref="MetricEvent"/> per line.</summary>
public static class MetricEventLog
{
    /// <summary>
    /// Parses each line of <paramref name="log"/> into <paramref name="events"/>. A line that is not a valid
    /// event (a torn write left by a crash, say) is skipped and counted; empty lines are ignored.
    /// </summary>
    /// <returns>The number of invalid lines.</returns>
    public static int Read(ReadOnlySpan<byte> log, ICollection<MetricEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        int invalid = 0;
        while (!log.IsEmpty)
        {
            int newline = log.IndexOf((byte)'\n');
            var line = newline < 0 ? log : log[..newline];
            log = newline < 0 ? default : log[(newline + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            if (MetricEvent.TryParse(line, out var metricEvent, out _))
            {
                events.Add(metricEvent);
            }
            else
            {
                invalid++;
            }
        }

        return invalid;
    }
}
