using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.Versioning;

namespace RunnerMetrics.Native;

/// <summary>
/// Enumerates a directory through its descriptor with <c>getdents64(2)</c>, skipping "." and "..".
/// </summary>
/// <remarks>
/// Names stay bytes, so names that are not UTF-8 work, and the entry type comes from the
/// directory itself (no extra <c>lstat</c> per entry). The buffer is pooled: no allocation.
/// Unlinking entries already returned while enumerating is safe on Linux.
/// </remarks>
[SupportedOSPlatform("linux")]
internal unsafe ref struct DirectoryEntryReader
{
    private const int BufferSize = 8192;

    // struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, char d_name[].
    private const int RecordLengthOffset = 16;
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    private readonly int _fd;
    private byte[]? _buffer;
    private int _position;
    private int _length;

    internal DirectoryEntryReader(int directoryFd)
    {
        _fd = directoryFd;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    }

    /// <summary>Reads the next entry: 1 with an entry, 0 at the end, or a negative errno.</summary>
    internal int Next(out DirectoryEntry entry)
    {
        byte[] buffer = _buffer ?? throw new ObjectDisposedException(nameof(DirectoryEntryReader));
        while (true)
        {
            if (_position >= _length)
            {
                nint read;
                fixed (byte* p = buffer)
                {
                    read = Libc.GetDents64(_fd, p, (nuint)buffer.Length);
                }

                if (read < 0)
                {
                    int errno = Errno.Last;
                    if (errno == Errno.EINTR)
                    {
                        continue;
                    }

                    entry = default;
                    return -errno;
                }

                if (read == 0)
                {
                    entry = default;
                    return 0;
                }

                _position = 0;
                _length = (int)read;
            }

            ReadOnlySpan<byte> record = buffer.AsSpan(_position, _length - _position);
            int recordLength = BinaryPrimitives.ReadUInt16LittleEndian(record[RecordLengthOffset..]);
            if (recordLength <= NameOffset || recordLength > record.Length)
            {
                // Never produced by the kernel; refuse rather than loop or overrun.
                entry = default;
                return -Errno.EIO;
            }

            record = record[..recordLength];
            _position += recordLength;

            ReadOnlySpan<byte> name = record[NameOffset..];
            int nameLength = name.IndexOf((byte)0);
            if (IsDotOrDotDot(name[..nameLength]))
            {
                continue;
            }

            entry = new DirectoryEntry(name[..(nameLength + 1)], (DirectoryEntryType)record[TypeOffset]);
            return 1;
        }
    }

    /// <summary>Returns the buffer to the pool; the descriptor stays open (the caller owns it).</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsDotOrDotDot(ReadOnlySpan<byte> name) =>
        name.Length <= 2 && name.Length > 0 && name[0] == (byte)'.' && (name.Length == 1 || name[1] == (byte)'.');
}
