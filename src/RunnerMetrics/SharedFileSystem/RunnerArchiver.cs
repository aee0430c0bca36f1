using System;
using System.Buffers;
using System.Collections.Generic;
using System.Formats.Tar;
using System.Globalization;
using System.IO;
using System.Runtime.Versioning;
using RunnerMetrics.Native;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// Writes a runner directory into a PAX tar stream, walking it through descriptors only.
/// </summary>
/// <remarks>
/// Unlike <c>TarWriter.WriteEntry(path)</c>, which reopens files by path and copies sparse files at full
/// size, every regular file is opened here with <c>O_NOFOLLOW | O_NONBLOCK</c>, checked with
/// <c>statx</c> on that descriptor, and read up to the limits in <see cref="QuarantineLimits"/>.
/// Links are stored as links (target from <c>readlinkat</c>), FIFOs and devices as their type, never
/// opened; files with several hard links are stored without content (they may be host files).
/// Names go through <see cref="EntryNameEscaping"/>.
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed class RunnerArchiver : IDisposable
{
    private const int MaxLinkTarget = 4096;
    private const uint MaxDeviceNumber = 0x1FFFFF;
    private const UnixFileMode PermissionBits = (UnixFileMode)0x1FF;

    private readonly TarWriter _writer;
    private byte[]? _content = ArrayPool<byte>.Shared.Rent(QuarantineLimits.MaxEntryBytes + 1);
    private long _contentBudget = QuarantineLimits.MaxContentBytes;

    internal RunnerArchiver(TarWriter writer) => _writer = writer;

    internal int Entries { get; private set; }

    internal int TruncatedEntries { get; private set; }

    internal int OmittedEntries { get; private set; }

    /// <summary>Archives the directory open as <paramref name="rootFd"/> under <c><paramref name="rootName"/>/</c>.</summary>
    internal void Archive(int rootFd, string rootName)
    {
        // The descriptor may have been enumerated before (its position is shared): start from the top.
        int rewound = Syscalls.Rewind(rootFd);
        if (rewound < 0)
        {
            throw new IOException($"Cannot list '{rootName}': {Errno.Describe(-rewound)}");
        }

        int status = Syscalls.FStat(rootFd, out StatX stat);
        string prefix = rootName + "/";
        Write(NewEntry(TarEntryType.Directory, prefix, status == 0 ? stat : default, null));
        ArchiveDirectory(rootFd, prefix, depth: 1);
    }

    public void Dispose()
    {
        if (_content is { } content)
        {
            _content = null;
            ArrayPool<byte>.Shared.Return(content);
        }
    }

    private void ArchiveDirectory(int directoryFd, string prefix, int depth)
    {
        var visitor = new EntryVisitor(this, prefix, depth);
        int status = DirectoryListing.ForEach(directoryFd, ref visitor);
        if (status < 0)
        {
            throw new IOException($"Cannot list '{prefix}': {Errno.Describe(-status)}");
        }
    }

    private void ArchiveListed(int directoryFd, in DirectoryEntry entry, string prefix, int depth)
    {
        if (Entries >= QuarantineLimits.MaxEntries)
        {
            OmittedEntries++;
            return;
        }

        ArchiveEntry(directoryFd, entry, prefix + EntryNameEscaping.Escape(entry.Name), depth);
    }

    private void ArchiveEntry(int directoryFd, DirectoryEntry entry, string name, int depth)
    {
        ReadOnlySpan<byte> nameZ = entry.NameWithTerminator;
        int statStatus = Syscalls.LStatAt(directoryFd, nameZ, out StatX stat);
        if (statStatus < 0)
        {
            // Gone since listed; nothing to keep.
            return;
        }

        switch (stat.FileType)
        {
            case StatX.TypeDirectory:
                ArchiveSubdirectory(directoryFd, nameZ, name, stat, depth);
                break;
            case StatX.TypeRegular:
                ArchiveRegularFile(directoryFd, nameZ, name, stat);
                break;
            case StatX.TypeSymbolicLink:
                ArchiveSymbolicLink(directoryFd, nameZ, name, stat);
                break;
            case StatX.TypeFifo:
                Write(NewEntry(TarEntryType.Fifo, name, stat, null));
                break;
            case StatX.TypeCharacterDevice:
            case StatX.TypeBlockDevice:
                var device = NewEntry(
                    stat.FileType == StatX.TypeBlockDevice ? TarEntryType.BlockDevice : TarEntryType.CharacterDevice, name, stat, null);
                // Tar header fields hold 7 octal digits; larger numbers are left at 0 rather than failing the archive.
                if (stat.DeviceMajor <= MaxDeviceNumber && stat.DeviceMinor <= MaxDeviceNumber)
                {
                    device.DeviceMajor = (int)stat.DeviceMajor;
                    device.DeviceMinor = (int)stat.DeviceMinor;
                }

                Write(device);
                break;
            default:
                // Tar has no socket type: an empty file with a note.
                Write(NewEntry(TarEntryType.RegularFile, name, stat, "socket"));
                break;
        }
    }

    private void ArchiveSubdirectory(int directoryFd, ReadOnlySpan<byte> nameZ, string name, in StatX stat, int depth)
    {
        if (depth > QuarantineLimits.MaxDepth)
        {
            OmittedEntries++;
            return;
        }

        Write(NewEntry(TarEntryType.Directory, name + "/", stat, null));
        using var child = new OwnedDescriptor(Syscalls.OpenAt(directoryFd, nameZ, OpenFlags.RunnerDirectory));
        // Replaced by a link or file since listed: the directory entry alone is kept.
        if (child.IsValid)
        {
            ArchiveDirectory(child.Fd, name + "/", depth + 1);
        }
    }

    private void ArchiveSymbolicLink(int directoryFd, ReadOnlySpan<byte> nameZ, string name, in StatX stat)
    {
        Span<byte> target = stackalloc byte[MaxLinkTarget];
        int length = Syscalls.ReadLinkAt(directoryFd, nameZ, target);
        if (length <= 0)
        {
            Write(NewEntry(TarEntryType.RegularFile, name, stat, "symbolic link, target unreadable"));
            TruncatedEntries++;
            return;
        }

        var link = NewEntry(TarEntryType.SymbolicLink, name, stat, null);
        link.LinkName = EntryNameEscaping.Escape(target[..length]);
        Write(link);
    }

    private void ArchiveRegularFile(int directoryFd, ReadOnlySpan<byte> nameZ, string name, in StatX listed)
    {
        if (listed.LinkCount != 1)
        {
            WriteNote(name, listed, $"not read: {listed.LinkCount} hard links");
            return;
        }

        using var opened = new OwnedDescriptor(Syscalls.OpenAt(directoryFd, nameZ, OpenFlags.RunnerFile));
        int fd = opened.Fd;
        if (fd < 0)
        {
            WriteNote(name, listed, "not read: " + Errno.Describe(-fd));
            return;
        }

        // Check the descriptor itself: the entry may have been swapped since it was listed.
        int status = Syscalls.FStat(fd, out StatX stat);
        if (status < 0 || stat.FileType != StatX.TypeRegular || stat.LinkCount != 1)
        {
            WriteNote(name, listed, "not read: changed while archiving");
            return;
        }

        int allowed = (int)Math.Min(QuarantineLimits.MaxEntryBytes, _contentBudget);
        byte[] content = _content ?? throw new ObjectDisposedException(nameof(RunnerArchiver));
        int read = Syscalls.ReadFully(fd, content.AsSpan(0, allowed + 1));
        if (read < 0)
        {
            WriteNote(name, stat, "not read: " + Errno.Describe(-read));
            return;
        }

        bool truncated = read > allowed;
        int kept = Math.Min(read, allowed);
        _contentBudget -= kept;
        var file = NewEntry(TarEntryType.RegularFile, name, stat,
            truncated ? string.Create(CultureInfo.InvariantCulture, $"truncated: {stat.Size} bytes, {kept} kept") : null);
        using var data = new MemoryStream(content, 0, kept, writable: false);
        file.DataStream = data;
        Write(file);
        if (truncated)
        {
            TruncatedEntries++;
        }
    }

    private void WriteNote(string name, in StatX stat, string note)
    {
        Write(NewEntry(TarEntryType.RegularFile, name, stat, note));
        TruncatedEntries++;
    }

    private void Write(PaxTarEntry entry)
    {
        _writer.WriteEntry(entry);
        Entries++;
    }

    private static PaxTarEntry NewEntry(TarEntryType type, string name, in StatX stat, string? note)
    {
        PaxTarEntry entry = note is null
            ? new PaxTarEntry(type, name)
            : new PaxTarEntry(type, name, [new KeyValuePair<string, string>(QuarantineLimits.NoteAttribute, note)]);
        // Permission bits only: set-user-ID and friends are not carried into an archive an admin may unpack.
        entry.Mode = (UnixFileMode)stat.Permissions & PermissionBits;
        if (stat.ModificationSeconds > 0 && stat.ModificationSeconds < 253402300799)
        {
            entry.ModificationTime = DateTimeOffset.FromUnixTimeSeconds(stat.ModificationSeconds);
        }

        return entry;
    }

    private readonly struct EntryVisitor(RunnerArchiver archiver, string prefix, int depth) : IDirectoryEntryVisitor
    {
        public void Visit(int directoryFd, in DirectoryEntry entry) => archiver.ArchiveListed(directoryFd, entry, prefix, depth);
    }
}
