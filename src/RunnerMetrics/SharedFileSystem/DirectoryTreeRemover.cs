using System;
using System.Buffers.Text;
using System.Runtime.Versioning;
using RunnerMetrics.Native;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// Removes a runner directory's contents through directory descriptors only: links are unlinked,
/// never followed; real subdirectories are opened with <c>O_DIRECTORY | O_NOFOLLOW</c> and emptied.
/// Names stay bytes, so names that are not UTF-8 are removed like any other.
/// </summary>
/// <remarks>
/// Depth is bounded without giving up: a directory deeper than <see cref="MaxDepth"/> is renamed up
/// into the runner directory and removed by a later pass, so a hostile nest of any depth is removed
/// with at most <see cref="MaxDepth"/> descriptors open. A failing entry does not stop the others;
/// the first failure is reported.
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed class DirectoryTreeRemover
{
    /// <summary>Levels below the runner directory emptied in one pass.</summary>
    internal const int MaxDepth = 32;

    /// <summary>Passes before giving up on a directory that keeps refilling.</summary>
    private const int MaxPasses = 1024;

    private readonly int _rootFd;
    private int _relocated;
    private bool _progress;
    private StoreResult _firstError;

    private DirectoryTreeRemover(int rootFd) => _rootFd = rootFd;

    /// <summary>
    /// Empties the directory open as <paramref name="directoryFd"/>, then removes its entry
    /// <paramref name="nameZ"/> from <paramref name="parentFd"/>.
    /// </summary>
    internal static StoreResult Remove(int parentFd, ReadOnlySpan<byte> nameZ, int directoryFd)
    {
        var remover = new DirectoryTreeRemover(directoryFd);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            remover._progress = false;
            int rewound = Syscalls.Rewind(directoryFd);
            if (rewound < 0)
            {
                return StoreResult.Failure(-rewound);
            }

            remover.EmptyDirectory(directoryFd, depth: 0);
            int removed = Syscalls.UnlinkAt(parentFd, nameZ, OpenFlags.AtRemoveDirectory);
            if (removed == 0 || -removed == Errno.ENOENT)
            {
                return StoreResult.Success;
            }

            // Not empty yet: entries relocated from deep levels, or added meanwhile. Go again while it helps.
            if (-removed != Errno.ENOTEMPTY || !remover._progress)
            {
                return remover._firstError.Succeeded ? StoreResult.Failure(-removed) : remover._firstError;
            }
        }

        return remover._firstError.Succeeded ? StoreResult.Failure(Errno.ENOTEMPTY) : remover._firstError;
    }

    private void EmptyDirectory(int directoryFd, int depth)
    {
        var visitor = new EntryVisitor(this, depth);
        Record(DirectoryListing.ForEach(directoryFd, ref visitor), default);
    }

    private void RemoveEntry(int directoryFd, in DirectoryEntry entry, int depth)
    {
        if (entry.Type == DirectoryEntryType.Directory)
        {
            RemoveSubdirectory(directoryFd, entry.NameWithTerminator, depth);
            return;
        }

        int result = Syscalls.UnlinkAt(directoryFd, entry.NameWithTerminator, 0);
        if (-result == Errno.EISDIR)
        {
            // Type unknown to the filesystem, or replaced by a directory since listed.
            RemoveSubdirectory(directoryFd, entry.NameWithTerminator, depth);
        }
        else
        {
            Record(result, entry.Name);
        }
    }

    private void RemoveSubdirectory(int directoryFd, ReadOnlySpan<byte> nameZ, int depth)
    {
        if (depth + 1 >= MaxDepth)
        {
            Relocate(directoryFd, nameZ);
            return;
        }

        using (var child = new OwnedDescriptor(Syscalls.OpenAt(directoryFd, nameZ, OpenFlags.RunnerDirectory)))
        {
            if (!child.IsValid)
            {
                // Replaced by a link or file since it was listed: remove the entry itself.
                int result = -child.Fd is Errno.ELOOP or Errno.ENOTDIR ? Syscalls.UnlinkAt(directoryFd, nameZ, 0) : child.Fd;
                Record(result, nameZ[..^1]);
                return;
            }

            EmptyDirectory(child.Fd, depth + 1);
        }

        Record(Syscalls.UnlinkAt(directoryFd, nameZ, OpenFlags.AtRemoveDirectory), nameZ[..^1]);
    }

    private void Relocate(int directoryFd, ReadOnlySpan<byte> nameZ)
    {
        Span<byte> target = stackalloc byte[64];
        ReadOnlySpan<byte> prefix = ".runner-metrics-deep-"u8;
        prefix.CopyTo(target);
        while (true)
        {
            if (!Utf8Formatter.TryFormat(++_relocated, target[prefix.Length..], out int written))
            {
                Record(-Errno.ENAMETOOLONG, nameZ[..^1]);
                return;
            }

            target[prefix.Length + written] = 0;
            int result = Syscalls.RenameNoReplace(directoryFd, nameZ, _rootFd, target[..(prefix.Length + written + 1)]);
            if (-result != Errno.EEXIST)
            {
                Record(result, nameZ[..^1]);
                return;
            }
        }
    }

    // result: 0 or more = success (counts as progress), negative = -errno; ENOENT means already gone.
    private void Record(int result, ReadOnlySpan<byte> name)
    {
        if (result >= 0 || -result == Errno.ENOENT)
        {
            _progress |= result >= 0 && !name.IsEmpty;
            return;
        }

        if (_firstError.Succeeded)
        {
            _firstError = StoreResult.Failure(-result, name.IsEmpty ? null : EntryNameEscaping.Escape(name));
        }
    }

    private readonly struct EntryVisitor(DirectoryTreeRemover remover, int depth) : IDirectoryEntryVisitor
    {
        public void Visit(int directoryFd, in DirectoryEntry entry) => remover.RemoveEntry(directoryFd, entry, depth);
    }
}
