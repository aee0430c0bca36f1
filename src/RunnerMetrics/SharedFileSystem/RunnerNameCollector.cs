using System.Collections.Generic;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Unicode;
using RunnerMetrics.Native;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>Collects the names of the real directories in the base directory, counting names that are not UTF-8.</summary>
[SupportedOSPlatform("linux")]
internal struct RunnerNameCollector(List<string> names) : IDirectoryEntryVisitor
{
    public readonly List<string> Names => names;

    public int Undecodable { get; private set; }

    public void Visit(int directoryFd, in DirectoryEntry entry)
    {
        if (!IsDirectory(directoryFd, entry))
        {
            return;
        }

        if (Utf8.IsValid(entry.Name))
        {
            names.Add(Encoding.UTF8.GetString(entry.Name));
        }
        else
        {
            Undecodable++;
        }
    }

    private static bool IsDirectory(int directoryFd, in DirectoryEntry entry)
    {
        if (entry.Type != DirectoryEntryType.Unknown)
        {
            return entry.Type == DirectoryEntryType.Directory;
        }

        return Syscalls.LStatAt(directoryFd, entry.NameWithTerminator, out StatX stat) == 0 && stat.FileType == StatX.TypeDirectory;
    }
}
