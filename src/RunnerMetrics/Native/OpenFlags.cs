namespace RunnerMetrics.Native;

/// <summary>Linux x86_64/arm64 values of the <c>open(2)</c>, <c>*at(2)</c> and <c>flock(2)</c> flags used here.</summary>
internal static class OpenFlags
{
    internal const int ReadOnly = 0x0;
    internal const int WriteOnly = 0x1;
    internal const int ReadWrite = 0x2;
    internal const int Create = 0x40;
    internal const int Exclusive = 0x80;
    internal const int NoControllingTty = 0x100;
    internal const int Append = 0x400;
    internal const int NonBlocking = 0x800;
    internal const int Directory = 0x10000;
    internal const int NoFollow = 0x20000;
    internal const int CloseOnExec = 0x80000;

    /// <summary>How runner content is opened: never through a link, never waiting on a FIFO.</summary>
    internal const int RunnerFile = ReadOnly | NoFollow | NonBlocking | CloseOnExec | NoControllingTty;

    /// <summary>How a directory inside the shared filesystem is opened.</summary>
    internal const int RunnerDirectory = ReadOnly | Directory | NoFollow | CloseOnExec;

    /// <summary><c>AT_FDCWD</c>: resolve a path relative to the working directory.</summary>
    internal const int CurrentDirectory = -100;

    /// <summary><c>AT_SYMLINK_NOFOLLOW</c>.</summary>
    internal const int AtSymlinkNoFollow = 0x100;

    /// <summary><c>AT_REMOVEDIR</c>.</summary>
    internal const int AtRemoveDirectory = 0x200;

    /// <summary><c>AT_EMPTY_PATH</c>: operate on the descriptor itself.</summary>
    internal const int AtEmptyPath = 0x1000;

    /// <summary><c>RENAME_NOREPLACE</c>.</summary>
    internal const uint RenameNoReplace = 0x1;

    internal const int LockExclusive = 2;
    internal const int LockNonBlocking = 4;
    internal const int LockUnlock = 8;
}
