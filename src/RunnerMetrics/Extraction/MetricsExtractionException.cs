using System;

namespace RunnerMetrics.Extraction;

/// <summary>
/// A pass stopped before it completed: its events could not be delivered (the inner exception is the sink's),
/// or an unexpected error stopped it (the inner exception is that error). Either way, runners whose events were
/// not durably written were left in place, so the next pass delivers them, and <see cref="PartialResult"/>
/// says what the pass did.
/// </summary>
public sealed class MetricsExtractionException : Exception
{
    /// <summary>Creates the exception with what the pass did before it stopped.</summary>
    public MetricsExtractionException(string message, ExtractionResult partialResult, Exception innerException)
        : base(message, innerException) => PartialResult = partialResult;

    /// <summary>Creates the exception.</summary>
    public MetricsExtractionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MetricsExtractionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetricsExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What the pass completed (and delivered) before it stopped.</summary>
    public ExtractionResult PartialResult { get; }
}
