using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>A runner was installed.</summary>
[StrictJson]
public sealed partial record RunnerInstalled : IMetricEvent
{
    /// <summary>The <see cref="Event"/> of this kind.</summary>
    public const string Name = "runner_installed";

    /// <summary>When the runner was installed (UNIX time).</summary>
    public required double Timestamp { get; init; }

    /// <inheritdoc/>
    public string Event { get; init; } = Name;

    /// <summary>The runner flavor.</summary>
    public required string Flavor { get; init; }

    /// <summary>How long the installation took, in seconds.</summary>
    public required double Duration { get; init; }
}
