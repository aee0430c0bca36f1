using System.Runtime.InteropServices;

namespace RunnerMetrics.Fuzz.Targets;

/// <summary>The two file kinds .NET cannot create: FIFOs and hard links.</summary>
internal static partial class FuzzNative
{
    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MkFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Link(string existing, string path);
}
