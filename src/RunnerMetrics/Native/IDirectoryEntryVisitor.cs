namespace RunnerMetrics.Native;

/// <summary>What <see cref="DirectoryListing.ForEach"/> does with each entry of a directory.</summary>
internal interface IDirectoryEntryVisitor
{
    /// <summary>Handles one entry of the directory open as <paramref name="directoryFd"/>.</summary>
    void Visit(int directoryFd, in DirectoryEntry entry);
}
