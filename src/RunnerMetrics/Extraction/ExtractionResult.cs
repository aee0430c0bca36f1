using RunnerMetrics.Parsing;

namespace RunnerMetrics.Extraction;

/// <summary>What one extraction pass did; written by <c>runner-metrics extract --json</c>.</summary>
/// <param name="Issued">The events delivered, per type.</param>
/// <param name="Quarantined">Corrupt runners archived to the quarantine folder and removed.</param>
/// <param name="Removed">Runner directories removed: delivered ones and ones with no metrics.</param>
/// <param name="Ignored">Runners left alone because they are still running.</param>
[StrictJson]
public readonly partial record struct ExtractionResult(IssuedEvents Issued, int Quarantined, int Removed, int Ignored);
