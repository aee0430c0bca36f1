namespace RunnerMetrics.Extraction;

/// <summary>What a runner's shared filesystem turned out to hold.</summary>
internal enum RunnerVerdict
{
    /// <summary>Valid metrics: deliver events, then remove the directory.</summary>
    Valid,

    /// <summary>No installed timestamp or no pre-job metrics: remove the directory, no events.</summary>
    NoMetrics,

    /// <summary>A hostile or unparsable file: quarantine the directory, no events.</summary>
    Corrupt,

    /// <summary>A file could not be read for a reason that is not the runner's doing: leave it for the next pass.</summary>
    Unreadable,
}
