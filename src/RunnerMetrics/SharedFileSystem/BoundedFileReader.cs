using System;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;
using RunnerMetrics.Native;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// Reads one file a runner wrote without trusting it: opened relative to the runner directory's
/// descriptor with <c>O_NOFOLLOW | O_NONBLOCK</c> (never through a link, never waiting on a FIFO),
/// checked with <c>statx</c> on the opened descriptor, and read into the caller's buffer up to
/// the limit plus one byte.
/// </summary>
/// <remarks>
/// Costs four system calls (openat, statx, one read, close) and allocates nothing: the descriptor is a
/// plain <see cref="int"/> closed in a <c>finally</c>, not a finalizable <see cref="SafeFileHandle"/>.
/// </remarks>
[SupportedOSPlatform("linux")]
public static class BoundedFileReader
{
    /// <summary>
    /// Reads <paramref name="fileName"/> (one entry name, UTF-8 or any bytes) from the directory open as
    /// <paramref name="directory"/> into <paramref name="buffer"/>, which must hold at least
    /// <paramref name="limit"/> + 1 bytes.
    /// </summary>
    /// <param name="directory">An open directory descriptor, e.g. <see cref="RunnerDirectory.Handle"/>.</param>
    /// <param name="fileName">The entry name; not a path.</param>
    /// <param name="buffer">Receives the content; stack or pooled memory.</param>
    /// <param name="limit">The largest accepted size in bytes.</param>
    /// <returns>The status; the content is <c>buffer[..result.Length]</c> when it is <see cref="BoundedReadStatus.Ok"/>.</returns>
    /// <exception cref="ArgumentException">The name is not a single entry name, or the buffer is smaller than limit + 1.</exception>
    public static BoundedReadResult Read(SafeFileHandle directory, ReadOnlySpan<byte> fileName, Span<byte> buffer, int limit = RunnerFiles.MaxFileSize)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (buffer.Length <= limit)
        {
            throw new ArgumentException($"The buffer must hold at least limit + 1 = {limit + 1} bytes.", nameof(buffer));
        }

        Span<byte> nameBuffer = stackalloc byte[FileName.BufferSize];
        if (!FileName.TryTerminate(fileName, nameBuffer, out ReadOnlySpan<byte> nameZ))
        {
            throw new ArgumentException("Expected a single file name, not a path.", nameof(fileName));
        }

        bool added = false;
        try
        {
            directory.DangerousAddRef(ref added);
            return ReadCore((int)directory.DangerousGetHandle(), nameZ, buffer[..(limit + 1)], limit);
        }
        finally
        {
            if (added)
            {
                directory.DangerousRelease();
            }
        }
    }

    /// <summary>The descriptor-level read shared with the store; <paramref name="window"/> is limit + 1 bytes.</summary>
    internal static BoundedReadResult ReadCore(int directoryFd, ReadOnlySpan<byte> nameZ, Span<byte> window, int limit)
    {
        int fd = Syscalls.OpenAt(directoryFd, nameZ, OpenFlags.RunnerFile);
        if (fd < 0)
        {
            return -fd switch
            {
                Errno.ENOENT => BoundedReadResult.Of(BoundedReadStatus.Missing),
                // O_NOFOLLOW on a symbolic link.
                Errno.ELOOP => BoundedReadResult.Of(BoundedReadStatus.NotRegularFile),
                _ => ClassifyOpenFailure(directoryFd, nameZ, -fd),
            };
        }

        try
        {
            int status = Syscalls.FStat(fd, out StatX stat);
            if (status < 0)
            {
                return BoundedReadResult.IoError(-status);
            }

            if (stat.FileType != StatX.TypeRegular)
            {
                return BoundedReadResult.Of(BoundedReadStatus.NotRegularFile);
            }

            if (stat.LinkCount != 1)
            {
                return BoundedReadResult.Of(BoundedReadStatus.MultipleLinks);
            }

            if (stat.Size > (ulong)limit)
            {
                return BoundedReadResult.Of(BoundedReadStatus.TooLarge);
            }

            // Ask for one byte more than allowed: a file that grew since statx is caught here.
            int read = Syscalls.ReadAtLeast(fd, window, (int)stat.Size);
            if (read < 0)
            {
                return BoundedReadResult.IoError(-read);
            }

            return read > limit ? BoundedReadResult.Of(BoundedReadStatus.TooLarge) : BoundedReadResult.Ok(read);
        }
        finally
        {
            Syscalls.Close(fd);
        }
    }

    /// <summary>
    /// An entry that exists but cannot be opened may still be the runner's doing: a socket (ENXIO) or a
    /// device without a driver (ENXIO, ENODEV). Such an entry is not a regular file, so the runner is
    /// corrupt; only a regular file that fails to open is an I/O error (left for the next pass).
    /// </summary>
    private static BoundedReadResult ClassifyOpenFailure(int directoryFd, ReadOnlySpan<byte> nameZ, int errno) =>
        Syscalls.LStatAt(directoryFd, nameZ, out StatX stat) == 0 && stat.FileType != StatX.TypeRegular
            ? BoundedReadResult.Of(BoundedReadStatus.NotRegularFile)
            : BoundedReadResult.IoError(errno);
}
