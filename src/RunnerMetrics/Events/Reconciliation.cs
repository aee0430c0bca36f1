using System.Text.Json.Serialization;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>A reconciliation of the fleet finished.</summary>
[StrictJson]
public sealed partial record Reconciliation : MetricEvent
{
    /// <summary>The <see cref="Event"/> of this kind.</summary>
    public const string Name = "reconciliation";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Event => Name;

    /// <summary>Runners found crashed.</summary>
    public required int CrashedRunners { get; init; }

    /// <summary>Runners found idle.</summary>
    public required int IdleRunners { get; init; }

    /// <summary>How long the reconciliation took, in seconds.</summary>
    public required double Duration { get; init; }
}
