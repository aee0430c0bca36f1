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
/// Opening per flush (<c>O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC</c>, mode 0644) makes logrotate's
/// rename-and-create work: the next flush writes to the new file. When the flush creates the file, the
/// directory is <c>fsync</c>ed too, so the new name survives a crash. When a write fails part-way, the
/// next flush starts with a newline, so a torn line never swallows the next event.
/// </remarks>
[SupportedOSPlatform("linux")]
public sealed class MetricsLogSink : IMetricsSink
{
    private const uint FileMode = 0x1A4; // 0644
    private const int AppendFlags = OpenFlags.WriteOnly | OpenFlags.Append | OpenFlags.CloseOnExec | OpenFlags.NoControllingTty;

    private readonly object _gate = new();
    private readonly byte[] _pathZ;
    private readonly byte[] _directoryZ;
    private readonly ArrayBufferWriter<byte> _pending = new(4096);
    private bool _tornWrite;

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
            if (_pending.WrittenCount == 0)
            {
                return;
            }

            int fd = OpenForAppend(out bool created);
            if (fd < 0)
            {
                throw Failure("open", -fd);
            }

            try
            {
                int result = _tornWrite ? Syscalls.WriteFully(fd, "\n"u8) : 0;
                if (result == 0)
                {
                    result = Syscalls.WriteFully(fd, _pending.WrittenSpan);
                }

                if (result < 0)
                {
                    _tornWrite = true;
                    throw Failure("write", -result);
                }

                _tornWrite = false;
                result = Syscalls.FSync(fd);
                if (result < 0)
                {
                    throw Failure("fsync", -result);
                }
            }
            finally
            {
                Syscalls.Close(fd);
            }

            if (created)
            {
                SyncDirectory();
            }

            _pending.ResetWrittenCount();
        }
    }

    private int OpenForAppend(out bool created)
    {
        while (true)
        {
            created = false;
            int fd = Syscalls.OpenAt(OpenFlags.CurrentDirectory, _pathZ, AppendFlags);
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
        int fd = Syscalls.OpenAt(OpenFlags.CurrentDirectory, _directoryZ, OpenFlags.ReadOnly | OpenFlags.Directory | OpenFlags.CloseOnExec);
        if (fd < 0)
        {
            throw Failure("open the directory of", -fd);
        }

        try
        {
            int result = Syscalls.FSync(fd);
            if (result < 0)
            {
                throw Failure("fsync the directory of", -result);
            }
        }
        finally
        {
            Syscalls.Close(fd);
        }
    }

    private MetricsSinkException Failure(string operation, int errno) =>
        new($"Cannot {operation} the metrics log '{Path}': {Errno.Describe(errno)} (errno {errno}). The pending events were not delivered.", errno);
}
