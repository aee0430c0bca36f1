using System;
using System.Runtime.Versioning;

namespace RunnerMetrics.Native;

/// <summary>
/// Thin wrappers over <see cref="Libc"/> that retry on <c>EINTR</c> and return a negative errno
/// instead of throwing: a hostile file is expected input, not an exceptional one.
/// Names are spans that end with a NUL.
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe class Syscalls
{
    /// <summary>Opens <paramref name="nameZ"/> relative to a directory: the descriptor, or a negative errno.</summary>
    internal static int OpenAt(int directoryFd, ReadOnlySpan<byte> nameZ, int flags, uint mode = 0)
    {
        fixed (byte* name = nameZ)
        {
            while (true)
            {
                int fd = Libc.OpenAt(directoryFd, name, flags, mode);
                if (fd >= 0)
                {
                    return fd;
                }

                int errno = Errno.Last;
                if (errno != Errno.EINTR)
                {
                    return -errno;
                }
            }
        }
    }

    /// <summary>Closes a descriptor; the error is ignored because Linux always frees the descriptor.</summary>
    internal static void Close(int fd) => _ = Libc.Close(fd);

    /// <summary><c>statx</c> of the descriptor itself: 0 or a negative errno.</summary>
    internal static int FStat(int fd, out StatX stat)
    {
        stat = default;
        byte empty = 0;
        fixed (StatX* buffer = &stat)
        {
            int result = Libc.StatX(fd, &empty, OpenFlags.AtEmptyPath, StatX.MaskBasic | StatX.MaskModificationTime, buffer);
            return result == 0 ? 0 : -Errno.Last;
        }
    }

    /// <summary><c>statx</c> of an entry without following a link: 0 or a negative errno.</summary>
    internal static int LStatAt(int directoryFd, ReadOnlySpan<byte> nameZ, out StatX stat)
    {
        stat = default;
        fixed (byte* name = nameZ)
        fixed (StatX* buffer = &stat)
        {
            int result = Libc.StatX(directoryFd, name, OpenFlags.AtSymlinkNoFollow, StatX.MaskBasic | StatX.MaskModificationTime, buffer);
            return result == 0 ? 0 : -Errno.Last;
        }
    }

    /// <summary>
    /// Reads until <paramref name="buffer"/> is full or the file ends: the byte count, or a negative errno.
    /// </summary>
    internal static int ReadFully(int fd, Span<byte> buffer) => ReadAtLeast(fd, buffer, buffer.Length);

    /// <summary>
    /// Reads until <paramref name="minimum"/> bytes have arrived and a read came back short (for a regular
    /// file: the end at that moment), the buffer is full, or the file ends: the byte count, or a negative errno.
    /// </summary>
    /// <remarks>
    /// With the size <c>statx</c> reported as the minimum, a file that has not changed takes one read instead
    /// of a second one that returns 0; one that grew or shrank meanwhile is read to its end as usual.
    /// </remarks>
    internal static int ReadAtLeast(int fd, Span<byte> buffer, int minimum)
    {
        int total = 0;
        fixed (byte* start = buffer)
        {
            while (total < buffer.Length)
            {
                nint read = Libc.Read(fd, start + total, (nuint)(buffer.Length - total));
                if (read > 0)
                {
                    bool shortRead = read < buffer.Length - total;
                    total += (int)read;
                    if (shortRead && total >= minimum && minimum < buffer.Length)
                    {
                        break;
                    }

                    continue;
                }

                if (read == 0)
                {
                    break;
                }

                int errno = Errno.Last;
                if (errno != Errno.EINTR)
                {
                    return -errno;
                }
            }
        }

        return total;
    }

    /// <summary>Writes all of <paramref name="data"/>: 0 or a negative errno.</summary>
    internal static int WriteFully(int fd, ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
        {
            int written = 0;
            while (written < data.Length)
            {
                nint result = Libc.Write(fd, start + written, (nuint)(data.Length - written));
                if (result >= 0)
                {
                    written += (int)result;
                    continue;
                }

                int errno = Errno.Last;
                if (errno != Errno.EINTR)
                {
                    return -errno;
                }
            }
        }

        return 0;
    }

    /// <summary>Moves a descriptor back to its start; for a directory this restarts enumeration.</summary>
    internal static int Rewind(int fd) => Libc.LSeek(fd, 0, 0) == 0 ? 0 : -Errno.Last;

    /// <summary><c>fsync</c>: 0 or a negative errno.</summary>
    internal static int FSync(int fd)
    {
        while (Libc.FSync(fd) != 0)
        {
            int errno = Errno.Last;
            if (errno != Errno.EINTR)
            {
                return -errno;
            }
        }

        return 0;
    }

    /// <summary><c>unlinkat</c>: 0 or a negative errno.</summary>
    internal static int UnlinkAt(int directoryFd, ReadOnlySpan<byte> nameZ, int flags)
    {
        fixed (byte* name = nameZ)
        {
            return Libc.UnlinkAt(directoryFd, name, flags) == 0 ? 0 : -Errno.Last;
        }
    }

    /// <summary><c>mkdirat</c>: 0 or a negative errno.</summary>
    internal static int MkDirAt(int directoryFd, ReadOnlySpan<byte> nameZ, uint mode)
    {
        fixed (byte* name = nameZ)
        {
            return Libc.MkDirAt(directoryFd, name, mode) == 0 ? 0 : -Errno.Last;
        }
    }

    /// <summary><c>renameat2(RENAME_NOREPLACE)</c>: 0 or a negative errno.</summary>
    internal static int RenameNoReplace(int fromDirectoryFd, ReadOnlySpan<byte> fromZ, int toDirectoryFd, ReadOnlySpan<byte> toZ)
    {
        fixed (byte* from = fromZ)
        fixed (byte* to = toZ)
        {
            return Libc.RenameAt2(fromDirectoryFd, from, toDirectoryFd, to, OpenFlags.RenameNoReplace) == 0 ? 0 : -Errno.Last;
        }
    }

    /// <summary><c>readlinkat</c> into <paramref name="target"/>: the length, or a negative errno.</summary>
    internal static int ReadLinkAt(int directoryFd, ReadOnlySpan<byte> nameZ, Span<byte> target)
    {
        fixed (byte* name = nameZ)
        fixed (byte* buffer = target)
        {
            nint length = Libc.ReadLinkAt(directoryFd, name, buffer, (nuint)target.Length);
            return length >= 0 ? (int)length : -Errno.Last;
        }
    }

    /// <summary>Takes an exclusive <c>flock</c> without waiting: 0, or a negative errno (<c>EAGAIN</c> when held).</summary>
    internal static int TryLockExclusive(int fd)
    {
        while (Libc.FLock(fd, OpenFlags.LockExclusive | OpenFlags.LockNonBlocking) != 0)
        {
            int errno = Errno.Last;
            if (errno != Errno.EINTR)
            {
                return -errno;
            }
        }

        return 0;
    }

    /// <summary>Takes an exclusive <c>flock</c>, waiting for it: 0, or a negative errno.</summary>
    internal static int LockExclusive(int fd)
    {
        while (Libc.FLock(fd, OpenFlags.LockExclusive) != 0)
        {
            int errno = Errno.Last;
            if (errno != Errno.EINTR)
            {
                return -errno;
            }
        }

        return 0;
    }

    /// <summary>Reads the byte at <paramref name="offset"/>: the byte, or a negative errno (<c>-EIO</c> past the end).</summary>
    internal static int ReadByteAt(int fd, long offset)
    {
        byte value;
        while (true)
        {
            nint read = Libc.PRead(fd, &value, 1, offset);
            if (read == 1)
            {
                return value;
            }

            int errno = read == 0 ? Errno.EIO : Errno.Last;
            if (errno != Errno.EINTR)
            {
                return -errno;
            }
        }
    }

    /// <summary><c>renameat</c>, replacing the target: 0 or a negative errno.</summary>
    internal static int RenameReplace(int fromDirectoryFd, ReadOnlySpan<byte> fromZ, int toDirectoryFd, ReadOnlySpan<byte> toZ)
    {
        fixed (byte* from = fromZ)
        fixed (byte* to = toZ)
        {
            return Libc.RenameAt2(fromDirectoryFd, from, toDirectoryFd, to, 0) == 0 ? 0 : -Errno.Last;
        }
    }

    /// <summary>
    /// Releases a <c>flock</c> now. Closing alone is not enough while a child forked meanwhile (and not yet
    /// exec'd) shares the open file: the lock would outlive the close until that child execs.
    /// </summary>
    internal static void Unlock(int fd) => _ = Libc.FLock(fd, OpenFlags.LockUnlock);
}
