namespace RunnerMetrics.SharedFileSystem;

/// <summary>What <see cref="SharedFileSystemStore.Quarantine"/> did.</summary>
public sealed class QuarantineResult
{
    internal QuarantineResult(StoreResult result, string? archivePath, int entries, int truncatedEntries, int omittedEntries)
    {
        Result = result;
        ArchivePath = archivePath;
        Entries = entries;
        TruncatedEntries = truncatedEntries;
        OmittedEntries = omittedEntries;
    }

    /// <summary>Success, or the first failure of archiving or of the removal that follows it.</summary>
    public StoreResult Result { get; }

    /// <summary>True when the archive is in place and the runner directory removed.</summary>
    public bool Succeeded => Result.Succeeded;

    /// <summary>The archive written, or null when archiving failed (the directory is then kept).</summary>
    public string? ArchivePath { get; }

    /// <summary>Entries written to the archive, the runner directory included.</summary>
    public int Entries { get; }

    /// <summary>Entries written without their full content (see <see cref="QuarantineLimits.NoteAttribute"/>).</summary>
    public int TruncatedEntries { get; }

    /// <summary>Entries left out by <see cref="QuarantineLimits.MaxEntries"/> or <see cref="QuarantineLimits.MaxDepth"/>.</summary>
    public int OmittedEntries { get; }
}
