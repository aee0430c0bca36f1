namespace RunnerMetrics.Native;

/// <summary>The <c>d_type</c> values of <c>getdents64(2)</c>; the type of the entry itself, links not followed.</summary>
internal enum DirectoryEntryType : byte
{
    /// <summary>The filesystem did not say; ask <c>statx</c> without following links.</summary>
    Unknown = 0,
    Fifo = 1,
    CharacterDevice = 2,
    Directory = 4,
    BlockDevice = 6,
    Regular = 8,
    SymbolicLink = 10,
    Socket = 12,
}
