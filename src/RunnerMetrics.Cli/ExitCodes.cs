namespace RunnerMetrics.Cli;

/// <summary>The tool's exit codes, as the design fixes them.</summary>
internal static class ExitCodes
{
    /// <summary>The pass completed (quarantined runners included).</summary>
    public const int Success = 0;

    /// <summary>The pass could not complete, e.g. the metrics log is unwritable.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The pass completed but left runners it could not read, quarantine or remove.</summary>
    public const int RunnersLeft = 3;

    /// <summary>SIGINT stopped the pass (128 + 2).</summary>
    public const int Interrupted = 130;

    /// <summary>SIGTERM stopped the pass (128 + 15).</summary>
    public const int Terminated = 143;
}
