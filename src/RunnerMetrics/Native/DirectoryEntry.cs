using System;

namespace RunnerMetrics.Native;

/// <summary>One name in a directory, as raw bytes (not necessarily UTF-8), valid until the next read.</summary>
internal readonly ref struct DirectoryEntry
{
    internal DirectoryEntry(ReadOnlySpan<byte> nameWithTerminator, DirectoryEntryType type)
    {
        NameWithTerminator = nameWithTerminator;
        Type = type;
    }

    /// <summary>The name followed by its NUL, ready for the <c>*at</c> calls.</summary>
    internal ReadOnlySpan<byte> NameWithTerminator { get; }

    internal ReadOnlySpan<byte> Name => NameWithTerminator[..^1];

    internal DirectoryEntryType Type { get; }
}
