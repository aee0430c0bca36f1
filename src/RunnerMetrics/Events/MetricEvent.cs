using System.Text.Json.Serialization;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>
/// A metric event: one JSON object per line of the metrics log, told apart by its <c>event</c> member. Parsing
/// a line as a <see cref="MetricEvent"/> returns the event of that type, so a log can be read back strictly.
/// </summary>
[StrictJson]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(RunnerInstalled), RunnerInstalled.Name)]
[JsonDerivedType(typeof(RunnerStart), RunnerStart.Name)]
[JsonDerivedType(typeof(RunnerStop), RunnerStop.Name)]
[JsonDerivedType(typeof(Reconciliation), Reconciliation.Name)]
public abstract partial record MetricEvent
{
    /// <summary>When it happened, in UNIX seconds; written first, before <c>event</c>.</summary>
    [JsonPropertyOrder(-1)]
    public required double Timestamp { get; init; }

    /// <summary>The runner flavor the extraction was run for.</summary>
    public required string Flavor { get; init; }

    /// <summary>The event's name, the value of its <c>event</c> member (e.g. <c>runner_start</c>).</summary>
    [JsonIgnore]
    public abstract string Event { get; }
}
