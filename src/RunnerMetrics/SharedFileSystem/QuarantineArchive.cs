using System;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Win32.SafeHandles;
using RunnerMetrics.Native;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// The life of a quarantine archive: written by <see cref="RunnerArchiver"/> under a temporary name held
/// with <c>flock</c>, <c>fsync</c>ed, renamed over <c>&lt;runner&gt;.tar.gz</c>; and temporary archives of
/// processes that died mid-write removed by the next pass.
/// </summary>
/// <remarks>
/// The lock is what tells a live writer from a dead one: the kernel drops it with the process, so a
/// temporary file nobody holds is garbage. Renaming over the final name makes re-archiving a runner (after
/// a crash between archiving and removal) replace its archive: one archive per runner, never a pile.
/// </remarks>
[SupportedOSPlatform("linux")]
internal static class QuarantineArchive
{
    private const uint FileMode = 0x1A4; // 0644
    private const int CreateFlags =
        OpenFlags.ReadWrite | OpenFlags.Create | OpenFlags.Exclusive | OpenFlags.NoFollow | OpenFlags.CloseOnExec;
    private const int StaleFlags = OpenFlags.ReadOnly | OpenFlags.NoFollow | OpenFlags.NonBlocking | OpenFlags.CloseOnExec;
    private const int MaxCreateAttempts = 8;

    private static ReadOnlySpan<byte> TemporaryPrefix => ".quarantine-"u8;

    private static ReadOnlySpan<byte> TemporarySuffix => ".partial"u8;

    /// <summary>
    /// Archives <paramref name="runner"/> as <c><paramref name="quarantineDirectory"/>/&lt;runner&gt;.tar.gz</c>,
    /// replacing an earlier archive of the same runner. The runner itself is left alone.
    /// </summary>
    /// <returns>The archive's path and counts, or the failure (then no archive and no temporary file remain).</returns>
    internal static QuarantineResult Write(RunnerDirectory runner, string quarantineDirectory)
    {
        Span<byte> finalBuffer = stackalloc byte[FileName.BufferSize];
        if (!FileName.TryTerminate(runner.Name + ".tar.gz", finalBuffer, out ReadOnlySpan<byte> finalZ))
        {
            return Failed($"Cannot quarantine runner '{runner.Name}': its archive name would be too long");
        }

        using var directory = new OwnedDescriptor(OpenDirectory(quarantineDirectory, out string? openFailure));
        if (openFailure is not null)
        {
            return Failed(openFailure);
        }

        Span<byte> temporaryZ = stackalloc byte[64];
        int fd = CreateLockedTemporary(directory.Fd, temporaryZ);
        if (fd < 0)
        {
            return Failed($"Cannot create a temporary archive in the quarantine folder '{quarantineDirectory}': {Errno.Describe(-fd)}");
        }

        string archive = Path.Combine(quarantineDirectory, runner.Name + ".tar.gz");
        try
        {
            // The stream owns the descriptor from here: closing it releases the lock, after the rename.
            using var file = new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Write, 1 << 16);
            var (entries, truncated, omitted) = WriteArchive(file, runner);
            file.Flush(flushToDisk: true);
            int renamed = Syscalls.RenameReplace(directory.Fd, temporaryZ, directory.Fd, finalZ);
            if (renamed < 0)
            {
                throw new IOException($"Cannot move the archive into place as '{archive}': {Errno.Describe(-renamed)}");
            }

            // The archive's name must be durable before the runner it replaces is removed.
            _ = Syscalls.FSync(directory.Fd);
            Syscalls.Unlock(fd);
            return new QuarantineResult(StoreResult.Success, archive, entries, truncated, omitted);
        }
        // What a hostile tree or a full disk can cause; anything else is a bug and reaches the caller.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _ = Syscalls.UnlinkAt(directory.Fd, temporaryZ, 0);
            return Failed($"Cannot archive runner '{runner.Name}': {e.Message}");
        }
    }

    /// <summary>
    /// Removes temporary archives in <paramref name="quarantineDirectory"/> that no live process holds. Best
    /// effort: a missing or unreadable folder removes nothing (quarantining reports such a folder itself).
    /// </summary>
    /// <returns>How many were removed.</returns>
    internal static int RemoveStale(string quarantineDirectory)
    {
        byte[] pathZ = Encoding.UTF8.GetBytes(quarantineDirectory + "\0");
        using var directory = new OwnedDescriptor(
            Syscalls.OpenAt(OpenFlags.CurrentDirectory, pathZ, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.CloseOnExec));
        if (!directory.IsValid)
        {
            return 0;
        }

        var cleaner = new StaleTemporaryCleaner();
        _ = DirectoryListing.ForEach(directory.Fd, ref cleaner);
        return cleaner.Removed;
    }

    private static (int Entries, int Truncated, int Omitted) WriteArchive(Stream file, RunnerDirectory runner)
    {
        using var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true);
        using var archiver = new RunnerArchiver(tar);
        using DescriptorLease lease = new(runner.Handle);
        archiver.Archive(lease.Fd, runner.Name);
        return (archiver.Entries, archiver.TruncatedEntries, archiver.OmittedEntries);
    }

    /// <summary>Opens the quarantine folder, creating it when missing; on failure a message naming the real cause.</summary>
    private static int OpenDirectory(string path, out string? failure)
    {
        byte[] pathZ = Encoding.UTF8.GetBytes(path + "\0");
        const int Flags = OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.CloseOnExec;
        int fd = Syscalls.OpenAt(OpenFlags.CurrentDirectory, pathZ, Flags);
        if (-fd == Errno.ENOENT)
        {
            try
            {
                Directory.CreateDirectory(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failure = $"Cannot create the quarantine folder '{path}': {e.Message}";
                return -1;
            }

            fd = Syscalls.OpenAt(OpenFlags.CurrentDirectory, pathZ, Flags);
        }

        failure = fd < 0 ? $"Cannot open the quarantine folder '{path}': {Errno.Describe(-fd)}" : null;
        return fd;
    }

    /// <summary>Creates a fresh temporary file and locks it: the descriptor, or a negative errno.</summary>
    private static int CreateLockedTemporary(int directoryFd, Span<byte> nameZ)
    {
        int result = -Errno.EEXIST;
        for (int attempt = 0; attempt < MaxCreateAttempts; attempt++)
        {
            TemporaryName(nameZ);
            int fd = Syscalls.OpenAt(directoryFd, nameZ, CreateFlags, FileMode);
            if (fd < 0)
            {
                result = fd;
                if (-fd == Errno.EEXIST)
                {
                    continue;
                }

                return fd;
            }

            // A cleaner may win the lock in the moment between create and lock, and unlink the file: start again.
            if (Syscalls.TryLockExclusive(fd) == 0 && Syscalls.FStat(fd, out StatX stat) == 0 && stat.LinkCount > 0)
            {
                return fd;
            }

            Syscalls.Close(fd);
        }

        return result;
    }

    private static bool TryRemoveUnheld(int directoryFd, ReadOnlySpan<byte> nameZ)
    {
        using var file = new OwnedDescriptor(Syscalls.OpenAt(directoryFd, nameZ, StaleFlags));
        // Held (a live writer) or already renamed away (no links): not ours to remove.
        return file.IsValid
            && Syscalls.TryLockExclusive(file.Fd) == 0
            && Syscalls.FStat(file.Fd, out StatX stat) == 0
            && stat.LinkCount > 0
            && Syscalls.UnlinkAt(directoryFd, nameZ, 0) == 0;
    }

    private static bool IsTemporary(ReadOnlySpan<byte> name) =>
        name.StartsWith(TemporaryPrefix) && name.EndsWith(TemporarySuffix);

    // ".quarantine-<32 hex>.partial\0": 53 bytes.
    private static void TemporaryName(Span<byte> nameZ)
    {
        TemporaryPrefix.CopyTo(nameZ);
        int position = TemporaryPrefix.Length;
        Guid.NewGuid().TryFormat(nameZ[position..], out int written, "N");
        position += written;
        TemporarySuffix.CopyTo(nameZ[position..]);
        position += TemporarySuffix.Length;
        nameZ[position] = 0;
    }

    private static QuarantineResult Failed(string message) => new(StoreResult.Failure(message), null, 0, 0, 0);

    private struct StaleTemporaryCleaner : IDirectoryEntryVisitor
    {
        public int Removed { get; private set; }

        public void Visit(int directoryFd, in DirectoryEntry entry)
        {
            if (IsTemporary(entry.Name) && TryRemoveUnheld(directoryFd, entry.NameWithTerminator))
            {
                Removed++;
            }
        }
    }
}
