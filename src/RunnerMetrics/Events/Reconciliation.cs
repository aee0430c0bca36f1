using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>A reconciliation of the fleet finished.</summary>
[StrictJson]
public sealed partial record Reconciliation : IMetricEvent
{
    /// <summary>The <see cref="Event"/> of this kind.</summary>
    public const string Name = "reconciliation";

    /// <summary>When the reconciliation finished (UNIX time).</summary>
    public required double Timestamp { get; init; }

    /// <inheritdoc/>
    public string Event { get; init; } = Name;

    /// <summary>The runner flavor.</summary>
    public required string Flavor { get; init; }

    /// <summary>Runners found crashed.</summary>
    public required int CrashedRunners { get; init; }

    /// <summary>Runners found idle.</summary>
    public required int IdleRunners { get; init; }

    /// <summary>How long the reconciliation took, in seconds.</summary>
    public required double Duration { get; init; }
}
