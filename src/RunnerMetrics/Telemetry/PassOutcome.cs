namespace RunnerMetrics.Telemetry;

/// <summary>How an extraction pass ended, as the pass instruments see it.</summary>
internal enum PassOutcome
{
    /// <summary>Every runner reached was handled.</summary>
    Completed,

    /// <summary>Cancellation stopped it with runners left.</summary>
    Interrupted,

    /// <summary>It stopped with an error (the log could not be written, the base directory could not be read, a bug).</summary>
    Failed,
}
