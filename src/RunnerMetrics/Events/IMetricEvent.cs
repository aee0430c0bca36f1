using System.Text.Json;

namespace RunnerMetrics.Events;

/// <summary>A metric event: one JSON object per line of the metrics log.</summary>
public interface IMetricEvent
{
    /// <summary>The event's <c>event</c> member, such as <c>runner_start</c>.</summary>
    string Event { get; }

    /// <summary>Writes the event as one JSON object.</summary>
    void WriteTo(Utf8JsonWriter writer);
}
