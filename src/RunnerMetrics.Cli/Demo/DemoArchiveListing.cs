using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Cli.Demo;

/// <summary>Reads a quarantine archive back: its members, how each was stored, and whether it holds some text.</summary>
internal static class DemoArchiveListing
{
    public static IReadOnlyList<string> Members(string archive, out bool containsHostSecret, byte[] hostSecret)
    {
        var members = new List<string>();
        containsHostSecret = false;
        using var file = File.OpenRead(archive);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            string how = entry.EntryType switch
            {
                TarEntryType.Directory => "directory",
                TarEntryType.SymbolicLink => $"symlink -> {entry.LinkName} (not followed)",
                TarEntryType.Fifo => "FIFO (not opened)",
                TarEntryType.CharacterDevice or TarEntryType.BlockDevice => "device (not opened)",
                _ => $"{entry.Length} bytes",
            };
            if (entry is PaxTarEntry pax && pax.ExtendedAttributes.TryGetValue(QuarantineLimits.NoteAttribute, out string? note))
            {
                how += $" ({note})";
            }

            members.Add($"{entry.Name,-52} {how}");
            containsHostSecret |= entry.DataStream is { } data && Contains(data, hostSecret);
        }

        return members;
    }

    private static bool Contains(Stream data, byte[] needle)
    {
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0;
    }
}
