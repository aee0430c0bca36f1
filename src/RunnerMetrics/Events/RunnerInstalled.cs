using System.Text.Json.Serialization;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Events;

/// <summary>A runner was installed.</summary>
[StrictJson]
public sealed partial record RunnerInstalled : MetricEvent
{
    /// <summary>The <see cref="Event"/> of this kind.</summary>
    public const string Name = "runner_installed";

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Event => Name;

    /// <summary>How long the installation took, in seconds.</summary>
    public required double Duration { get; init; }
}
