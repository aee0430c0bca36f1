using System;
using System.Buffers;
using System.Runtime.Versioning;
using System.Text;
using RunnerMetrics.Native;

namespace RunnerMetrics.Events;

/// <summary>
/// Appends metric lines to a log file (JSON lines, scraped by e.g. Promtail). Lines are buffered and
/// written by <see cref="Flush"/>, which opens the file, appends, <c>fsync</c>s and closes it again.
/// Thread-safe; Linux only.
/// </summary>
/// <remarks>
/// <para>
/// Opening per flush (<c>O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC</c>, mode 0644) makes logrotate's
/// rename-and-create work: the next flush writes to the new file. When the flush creates the file, the
/// directory is <c>fsync</c>ed too, so the new name survives a crash.
/// </para>
/// <para>
/// The log is shared by processes and outlives crashes, so a write torn by a full disk or a kill may have
/// left it without a final newline. Every flush takes <c>flock(LOCK_EX)</c> on the log (so writers that
/// flush through this type never interleave), reads the last byte and adds a newline when it is missing:
/// no event is ever glued to a fragment, whichever process left it. A failed flush drops its batch: the
/// caller keeps the runners behind it on disk and reads them again, so nothing piles up in memory.
/// </para>
/// </remarks>
[SupportedOSPlatform("linux")]
public sealed class MetricsLogSink : IMetricsSink
{
    private const uint FileMode = 0x1A4; // 0644
    // Read and write: the last byte is read back to repair a torn line.
    private const int AppendFlags = OpenFlags.ReadWrite | OpenFlags.Append | OpenFlags.CloseOnExec | OpenFlags.NoControllingTty;

    private const int WriteOnlyAppendFlags = (AppendFlags & ~OpenFlags.ReadWrite) | OpenFlags.WriteOnly;

    private readonly object _gate = new();
    private readonly byte[] _pathZ;
    private readonly byte[] _directoryZ;
    private readonly ArrayBufferWriter<byte> _pending = new(4096);

    /// <summary>Creates a sink for <paramref name="path"/>; nothing is opened until the first flush.</summary>
    /// <param name="path">The log file; its directory must exist.</param>
    public MetricsLogSink(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        string fullPath = System.IO.Path.GetFullPath(path);
        _pathZ = Encoding.UTF8.GetBytes(fullPath + "\0");
        _directoryZ = Encoding.UTF8.GetBytes((System.IO.Path.GetDirectoryName(fullPath) ?? "/") + "\0");
    }

    /// <summary>The log file's path as given.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public void Append(ReadOnlySpan<byte> utf8JsonLine)
    {
        SinkLines.Validate(utf8JsonLine);
        lock (_gate)
        {
            Span<byte> destination = _pending.GetSpan(utf8JsonLine.Length + 1);
            utf8JsonLine.CopyTo(destination);
            destination[utf8JsonLine.Length] = (byte)'\n';
            _pending.Advance(utf8JsonLine.Length + 1);
        }
    }

    /// <inheritdoc/>
    public void Flush()
    {
        lock (_gate)
        {
            try
            {
                if (_pending.WrittenCount > 0)
                {
                    WritePending();
                }
            }
            finally
            {
                // Written or dropped: after a failure the caller reads its runners again (see the remarks).
                _pending.ResetWrittenCount();
            }
        }
    }

    private void WritePending()
    {
        using var log = new OwnedDescriptor(OpenForAppend(out bool created));
        if (!log.IsValid)
        {
            throw Failure("open", -log.Fd);
        }

        // Best effort: where flock is unsupported the newline repair still works, only not atomically.
        _ = Syscalls.LockExclusive(log.Fd);
        try
        {
            AppendPending(log.Fd);
        }
        finally
        {
            // Now, not at close: a child forked meanwhile shares the open file until it execs.
            Syscalls.Unlock(log.Fd);
        }

        if (created)
        {
            SyncDirectory();
        }
    }

    private void AppendPending(int fd)
    {
        int result = EndWithNewline(fd);
        if (result < 0)
        {
            throw Failure("repair the last line of", -result);
        }

        result = Syscalls.WriteFully(fd, _pending.WrittenSpan);
        if (result < 0)
        {
            throw Failure("write", -result);
        }

        result = Syscalls.FSync(fd);
        if (result < 0)
        {
            throw Failure("fsync", -result);
        }
    }

    /// <summary>Appends a newline when the log's last byte is not one (a torn write): 0 or a negative errno.</summary>
    private static int EndWithNewline(int fd)
    {
        int status = Syscalls.FStat(fd, out StatX stat);
        // Not a regular file (e.g. /dev/null, a pipe): nothing to read back.
        if (status < 0 || stat.FileType != StatX.TypeRegular || stat.Size == 0)
        {
            return 0;
        }

        int last = Syscalls.ReadByteAt(fd, (long)stat.Size - 1);
        if (last == '\n')
        {
            return 0;
        }

        if (last == -Errno.EBADF)
        {
            // Opened write-only (the log is not readable to us): no repair rather than a blank line every flush.
            return 0;
        }

        return last < 0 ? last : Syscalls.WriteFully(fd, "\n"u8);
    }

    private int OpenForAppend(out bool created)
    {
        while (true)
        {
            created = false;
            int fd = Syscalls.OpenAt(OpenFlags.CurrentDirectory, _pathZ, AppendFlags);
            if (-fd == Errno.EACCES)
            {
                fd = Syscalls.OpenAt(OpenFlags.CurrentDirectory, _pathZ, WriteOnlyAppendFlags);
            }

            if (fd >= 0 || -fd != Errno.ENOENT)
            {
                return fd;
            }

            // Create it ourselves (O_EXCL) to know the directory entry is new and must be synced.
            fd = Syscalls.OpenAt(OpenFlags.CurrentDirectory, _pathZ, AppendFlags | OpenFlags.Create | OpenFlags.Exclusive, FileMode);
            if (-fd == Errno.EEXIST)
            {
                continue;
            }

            created = fd >= 0;
            return fd;
        }
    }

    private void SyncDirectory()
    {
        using var directory = new OwnedDescriptor(
            Syscalls.OpenAt(OpenFlags.CurrentDirectory, _directoryZ, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.CloseOnExec));
        if (!directory.IsValid)
        {
            throw Failure("open the directory of", -directory.Fd);
        }

        int result = Syscalls.FSync(directory.Fd);
        if (result < 0)
        {
            throw Failure("fsync the directory of", -result);
        }
    }

    private MetricsSinkException Failure(string operation, int errno) =>
        new($"Cannot {operation} the metrics log '{Path}': {Errno.Describe(errno)} (errno {errno}). The pending events were not delivered.", errno);
}
