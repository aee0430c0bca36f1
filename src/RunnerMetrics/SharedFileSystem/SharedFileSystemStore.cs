using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Win32.SafeHandles;
using RunnerMetrics.Native;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// The base directory that holds one directory per runner (the runners' shared filesystems), opened
/// once as a descriptor. Every operation on a runner goes through descriptors and never follows a
/// link: see <see cref="RunnerDirectory"/>, <see cref="BoundedFileReader"/> and <see cref="Delete(RunnerDirectory)"/>.
/// Thread-safe; Linux only.
/// </summary>
/// <remarks>
/// <para>
/// Claims: <see cref="TryClaim"/> takes <c>flock(LOCK_EX | LOCK_NB)</c> on the runner directory's own
/// descriptor and holds it until the <see cref="RunnerDirectory"/> is disposed. The lock belongs to that
/// open descriptor, so it excludes other processes and other claims in this process alike, and the
/// kernel drops it if the process dies: no stale lock files. It is advisory, so only extractors that
/// claim respect it. A claim that wins the lock on a directory another extractor has just removed
/// sees a link count of 0 and is refused, so a runner is never processed twice.
/// </para>
/// </remarks>
[SupportedOSPlatform("linux")]
public sealed class SharedFileSystemStore : IDisposable
{
    private const uint DirectoryMode = 0x1ED; // 0755

    private readonly SafeFileHandle _base;

    private SharedFileSystemStore(string baseDirectory, SafeFileHandle handle)
    {
        BaseDirectory = baseDirectory;
        _base = handle;
    }

    /// <summary>The base directory's path as given.</summary>
    public string BaseDirectory { get; }

    /// <summary>Opens the base directory (the path itself is trusted host configuration and may be a link).</summary>
    /// <param name="baseDirectory">The directory that holds the runner directories.</param>
    /// <param name="create">Create the directory (and its parents) when it does not exist.</param>
    /// <returns>The open store; dispose it to close the descriptor.</returns>
    /// <exception cref="IOException">The directory cannot be opened.</exception>
    public static SharedFileSystemStore Open(string baseDirectory, bool create = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseDirectory);
        if (create)
        {
            Directory.CreateDirectory(baseDirectory);
        }

        byte[] path = Encoding.UTF8.GetBytes(baseDirectory + "\0");
        int fd = Syscalls.OpenAt(OpenFlags.CurrentDirectory, path, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.CloseOnExec);
        if (fd < 0)
        {
            throw new IOException($"Cannot open the shared filesystem directory '{baseDirectory}': {Errno.Describe(-fd)}", -fd);
        }

        return new SharedFileSystemStore(baseDirectory, new SafeFileHandle(fd, ownsHandle: true));
    }

    /// <summary>
    /// The names of the runner directories: entries directly in the base that are real directories.
    /// Links, files, FIFOs and the like are left out (and alone), as are names that are not valid UTF-8,
    /// which the host never creates.
    /// </summary>
    /// <returns>The names, in ordinal order.</returns>
    /// <exception cref="IOException">The base directory cannot be read.</exception>
    public IReadOnlyList<string> ListRunners() => ListRunners(out _);

    /// <summary>As <see cref="ListRunners()"/>, also counting skipped names that are not valid UTF-8.</summary>
    /// <param name="undecodableNames">Directories left out because their names are not valid UTF-8.</param>
    /// <returns>The names, in ordinal order.</returns>
    /// <exception cref="IOException">The base directory cannot be read.</exception>
    public IReadOnlyList<string> ListRunners(out int undecodableNames)
    {
        var collector = new RunnerNameCollector(new List<string>());
        using (DescriptorLease lease = new(_base))
        {
            // A fresh descriptor: enumeration position is per open file, and lists may run concurrently.
            using var directory = new OwnedDescriptor(Syscalls.OpenAt(lease.Fd, "."u8 + "\0"u8, OpenFlags.RunnerDirectory));
            int status = directory.IsValid ? DirectoryListing.ForEach(directory.Fd, ref collector) : directory.Fd;
            if (status < 0)
            {
                throw new IOException($"Cannot read '{BaseDirectory}': {Errno.Describe(-status)}", -status);
            }
        }

        undecodableNames = collector.Undecodable;
        List<string> names = collector.Names;
        // A stable order for callers; and runners named in creation order are removed oldest first, which
        // tmpfs does markedly faster in large bases than the reverse order its listing returns (measured).
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Opens a runner's directory without claiming it; null when it is missing or not a real directory.</summary>
    /// <param name="name">The runner's name.</param>
    /// <returns>The open directory, or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a single directory name.</exception>
    public RunnerDirectory? TryOpen(string name) => Open(name, claim: false, out _);

    /// <summary>
    /// Opens and claims a runner's directory for exclusive processing (see the type's remarks); null when
    /// it is missing, not a real directory, or claimed by another extraction.
    /// </summary>
    /// <param name="name">The runner's name.</param>
    /// <returns>The claimed directory, to dispose when done; or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a single directory name.</exception>
    public RunnerDirectory? TryClaim(string name) => Open(name, claim: true, out _);

    /// <summary>Creates an empty runner directory (mode 0755) and opens it; for tests and demos.</summary>
    /// <param name="name">The runner's name.</param>
    /// <returns>The open, unclaimed directory.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a single directory name.</exception>
    /// <exception cref="IOException">The directory cannot be created.</exception>
    public RunnerDirectory Create(string name)
    {
        Span<byte> buffer = stackalloc byte[FileName.BufferSize];
        ReadOnlySpan<byte> nameZ = Terminate(name, buffer);
        using (DescriptorLease lease = new(_base))
        {
            int result = Syscalls.MkDirAt(lease.Fd, nameZ, DirectoryMode);
            if (result < 0)
            {
                throw new IOException($"Cannot create runner directory '{name}': {Errno.Describe(-result)}", -result);
            }
        }

        return Open(name, claim: false, out int errno)
            ?? throw new IOException($"Cannot open runner directory '{name}': {Errno.Describe(errno)}", errno);
    }

    /// <summary>
    /// Claims and removes a runner's directory with <see cref="Delete(RunnerDirectory)"/>.
    /// </summary>
    /// <param name="name">The runner's name.</param>
    /// <returns>Success, or the errno why it could not be claimed or removed.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a single directory name.</exception>
    public StoreResult Delete(string name)
    {
        using RunnerDirectory? runner = Open(name, claim: true, out int errno);
        return runner is null ? StoreResult.Failure(errno) : Delete(runner);
    }

    /// <summary>
    /// Removes a runner's directory and everything in it, relative to descriptors: links are removed,
    /// never followed, subdirectories are entered with <c>O_NOFOLLOW</c>, names need not be UTF-8, and any
    /// depth is handled with bounded descriptors. A failing entry does not stop the rest.
    /// </summary>
    /// <param name="runner">The runner, preferably claimed; it stays open (dispose it afterwards).</param>
    /// <returns>Success, or the first failure.</returns>
    public StoreResult Delete(RunnerDirectory runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        Span<byte> buffer = stackalloc byte[FileName.BufferSize];
        ReadOnlySpan<byte> nameZ = Terminate(runner.Name, buffer);
        using DescriptorLease lease = new(_base);
        using DescriptorLease directory = new(runner.Handle);
        StoreResult result = TryRemoveUsualRunner(lease.Fd, nameZ, directory.Fd)
            ? StoreResult.Success
            : DirectoryTreeRemover.Remove(lease.Fd, nameZ, directory.Fd);
        runner.IsRemoved = result.Succeeded;
        return result;
    }

    /// <summary>
    /// The fast path for a runner that holds only its files: unlink them by name, then the directory,
    /// with no listing (four system calls). Anything else in it makes the last step fail, and the
    /// full walk takes over; unlinking by name never follows a link.
    /// </summary>
    private static bool TryRemoveUsualRunner(int parentFd, ReadOnlySpan<byte> nameZ, int directoryFd) =>
        TryUnlinkFile(directoryFd, RunnerFiles.InstalledTimestampUtf8)
        && TryUnlinkFile(directoryFd, RunnerFiles.PreJobMetricsUtf8)
        && TryUnlinkFile(directoryFd, RunnerFiles.PostJobMetricsUtf8)
        && Syscalls.UnlinkAt(parentFd, nameZ, OpenFlags.AtRemoveDirectory) == 0;

    private static bool TryUnlinkFile(int directoryFd, ReadOnlySpan<byte> name)
    {
        Span<byte> buffer = stackalloc byte[FileName.BufferSize];
        FileName.TryTerminate(name, buffer, out ReadOnlySpan<byte> nameZ);
        int result = Syscalls.UnlinkAt(directoryFd, nameZ, 0);
        return result == 0 || -result == Errno.ENOENT;
    }

    /// <summary>
    /// Archives a runner's directory as <c><paramref name="quarantineDirectory"/>/&lt;runner&gt;.tar.gz</c>
    /// (PAX tar, members under <c>&lt;runner&gt;/</c>, within <see cref="QuarantineLimits"/>), then removes it.
    /// </summary>
    /// <remarks>
    /// The archive is written under a temporary name, flushed to disk and renamed into place, so a partial
    /// archive never appears; an earlier archive of the same runner (left by a crash before its removal) is
    /// replaced. When archiving fails the directory is left in place. See <see cref="QuarantineArchive"/>.
    /// </remarks>
    /// <param name="runner">The runner, preferably claimed; it stays open (dispose it afterwards).</param>
    /// <param name="quarantineDirectory">Where archives go; created when missing.</param>
    /// <returns>The archive written and the outcome.</returns>
    public QuarantineResult Quarantine(RunnerDirectory runner, string quarantineDirectory)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentException.ThrowIfNullOrEmpty(quarantineDirectory);
        QuarantineResult archived = QuarantineArchive.Write(runner, quarantineDirectory);
        return archived.Succeeded
            ? new QuarantineResult(Delete(runner), archived.ArchivePath, archived.Entries, archived.TruncatedEntries, archived.OmittedEntries)
            : archived;
    }

    /// <summary>Closes the base directory's descriptor.</summary>
    public void Dispose() => _base.Dispose();

    private RunnerDirectory? Open(string name, bool claim, out int errno)
    {
        Span<byte> buffer = stackalloc byte[FileName.BufferSize];
        ReadOnlySpan<byte> nameZ = Terminate(name, buffer);
        int fd;
        using (DescriptorLease lease = new(_base))
        {
            fd = Syscalls.OpenAt(lease.Fd, nameZ, OpenFlags.RunnerDirectory);
        }

        if (fd < 0)
        {
            errno = -fd;
            return null;
        }

        if (claim)
        {
            int locked = Syscalls.TryLockExclusive(fd);
            // Removed by the extractor that held the lock before us: nothing left to process.
            if (locked == 0 && (Syscalls.FStat(fd, out StatX stat) < 0 || stat.LinkCount == 0))
            {
                locked = -Errno.ENOENT;
            }

            if (locked < 0)
            {
                Syscalls.Close(fd);
                errno = -locked;
                return null;
            }
        }

        errno = 0;
        return new RunnerDirectory(name, new SafeFileHandle(fd, ownsHandle: true), claim);
    }

    private static ReadOnlySpan<byte> Terminate(string name, Span<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FileName.TryTerminate(name, buffer, out ReadOnlySpan<byte> nameZ)
            ? nameZ
            : throw new ArgumentException($"'{name}' is not a valid runner directory name.", nameof(name));
    }
}
