using System.IO;
using System.Runtime.InteropServices;

namespace RunnerMetrics.Cli.Demo;

/// <summary>The two file types .NET cannot create: FIFOs and hard links.</summary>
internal static partial class DemoNative
{
    public static void CreateFifo(string path) => Check(MkFifo(path, 0x1A4), path); // 0644

    public static void CreateHardLink(string path, string existing) => Check(Link(existing, path), path);

    private static void Check(int result, string path)
    {
        if (result != 0)
        {
            throw new IOException($"Cannot create '{path}': errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MkFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string path);
}
