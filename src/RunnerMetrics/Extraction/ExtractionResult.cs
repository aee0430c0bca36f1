using System.Text.Json.Serialization;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Extraction;

/// <summary>What one extraction pass did; written by <c>runner-metrics extract --json</c>.</summary>
/// <param name="Issued">The events delivered, per type.</param>
/// <param name="Quarantined">Corrupt runners archived to the quarantine folder and removed.</param>
/// <param name="Removed">Runner directories removed: delivered ones and ones with no metrics.</param>
/// <param name="Ignored">Runners left alone because they are still running.</param>
[StrictJson]
public readonly partial record struct ExtractionResult(IssuedEvents Issued, int Quarantined, int Removed, int Ignored)
{
    /// <summary>Runners left in place because they could not be read, quarantined or removed.</summary>
    [JsonIgnore]
    public int Failed { get; init; }

    /// <summary>Runners left in place for the next pass: not reached (cancelled, or stopped by a failure) or undelivered.</summary>
    [JsonIgnore]
    public int Left { get; init; }

    /// <summary>True when cancellation stopped the pass with runners left; null (and not written) otherwise.</summary>
    public bool? Interrupted { get; init; }
}
