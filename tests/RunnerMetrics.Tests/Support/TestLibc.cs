using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace RunnerMetrics.Tests.Support;

/// <summary>libc calls the tests need to build hostile runner directories (FIFOs, links, raw-byte names).</summary>
internal static unsafe partial class TestLibc
{
    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MkFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "mkdir", SetLastError = true)]
    private static partial int MkDir(byte* path, uint mode);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte* path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "symlink", SetLastError = true)]
    private static partial int SymLink(byte* target, byte* path);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string path);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int FLock(int fd, int operation);

    /// <summary>Takes <c>flock(LOCK_EX)</c> on the open file, as a live process writing it would hold.</summary>
    public static void LockExclusive(Microsoft.Win32.SafeHandles.SafeFileHandle handle) =>
        Check(FLock((int)handle.DangerousGetHandle(), 2), "flock");

    public static void CreateFifo(string path) => Check(MkFifo(path, 0x1A4), path);

    public static void CreateHardLink(string path, string existing) => Check(Link(existing, path), path);

    /// <summary>UTF-8 of <paramref name="directory"/>, a '/', then raw name bytes.</summary>
    public static byte[] RawPath(string directory, params byte[][] rawNames)
    {
        var bytes = new MemoryStream();
        bytes.Write(Encoding.UTF8.GetBytes(directory));
        foreach (byte[] name in rawNames)
        {
            bytes.WriteByte((byte)'/');
            bytes.Write(name);
        }

        return bytes.ToArray();
    }

    public static void CreateDirectory(byte[] path)
    {
        fixed (byte* p = Terminate(path))
        {
            Check(MkDir(p, 0x1ED), Encoding.UTF8.GetString(path));
        }
    }

    public static void CreateFile(byte[] path, ReadOnlySpan<byte> content)
    {
        fixed (byte* p = Terminate(path))
        fixed (byte* data = content)
        {
            int fd = Open(p, 0x1 | 0x40 | 0x80, 0x1A4); // O_WRONLY | O_CREAT | O_EXCL
            Check(fd, Encoding.UTF8.GetString(path));
            Check((int)Write(fd, data, (nuint)content.Length), "write");
            _ = Close(fd);
        }
    }

    public static void CreateSymbolicLink(byte[] target, byte[] path)
    {
        fixed (byte* t = Terminate(target))
        fixed (byte* p = Terminate(path))
        {
            Check(SymLink(t, p), Encoding.UTF8.GetString(path));
        }
    }

    private static byte[] Terminate(byte[] path)
    {
        byte[] terminated = new byte[path.Length + 1];
        path.CopyTo(terminated, 0);
        return terminated;
    }

    private static void Check(int result, string what)
    {
        if (result < 0)
        {
            throw new IOException($"{what}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
    }
}
