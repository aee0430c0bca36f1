using System.Runtime.Versioning;

namespace RunnerMetrics.Native;

/// <summary>
/// The one loop that reads a directory through its descriptor; listing runners, archiving, removing and
/// cleaning the quarantine folder differ only in their visitor.
/// </summary>
/// <remarks>
/// The visitor is a struct type parameter, so each call site gets its own specialized loop: no interface
/// dispatch, closure or allocation per entry.
/// </remarks>
[SupportedOSPlatform("linux")]
internal static class DirectoryListing
{
    /// <summary>Calls <paramref name="visitor"/> for every entry but "." and "..": 0 at the end, or a negative errno.</summary>
    internal static int ForEach<TVisitor>(int directoryFd, ref TVisitor visitor)
        where TVisitor : struct, IDirectoryEntryVisitor
    {
        var reader = new DirectoryEntryReader(directoryFd);
        try
        {
            int status;
            while ((status = reader.Next(out DirectoryEntry entry)) > 0)
            {
                visitor.Visit(directoryFd, entry);
            }

            return status;
        }
        finally
        {
            reader.Dispose();
        }
    }
}
