using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Text;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Tests.SharedFileSystem;

internal sealed record ArchivedEntry(TarEntryType Type, string LinkName, int Length, string Text, string? Note);

/// <summary>Reads a quarantine archive back with <see cref="TarReader"/>.</summary>
internal static class ArchiveReader
{
    public static Dictionary<string, ArchivedEntry> Read(string path)
    {
        var entries = new Dictionary<string, ArchivedEntry>();
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            byte[] data = [];
            if (entry.DataStream is { } stream)
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                data = copy.ToArray();
            }

            string? note = entry is PaxTarEntry pax && pax.ExtendedAttributes.TryGetValue(QuarantineLimits.NoteAttribute, out string? value) ? value : null;
            entries.Add(entry.Name, new ArchivedEntry(entry.EntryType, entry.LinkName, data.Length, Encoding.UTF8.GetString(data), note));
        }

        return entries;
    }
}
