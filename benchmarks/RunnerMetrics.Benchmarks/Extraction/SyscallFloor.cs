using System;
using System.Runtime.InteropServices;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Benchmarks.Extraction;

/// <summary>
/// The least any extractor must do per runner, straight through libc: for each of the three files
/// <c>openat</c> + <c>fstat</c> + <c>read</c> (up to the 1,025-byte bound) + <c>close</c>, then three
/// <c>unlink</c>s and one <c>rmdir</c> — 16 syscalls, no parsing, no events, no checks. Paths are given
/// (no directory listing: one <c>getdents64</c> covers hundreds of runners, so it would not show).
/// </summary>
public static unsafe partial class SyscallFloor
{
    private const int AtCurrentDirectory = -100;
    private const int OpenFlags = 0x0 | 0x800 | 0x20000 | 0x80000; // O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC
    private const int StatBufferSize = 256; // struct stat is 144 bytes on x86_64 and 128 on arm64
    private const int PathBufferSize = 4096;

    /// <summary>Extracts every runner of <paramref name="runnerPathsUtf8"/>; returns the number of bytes read.</summary>
    public static long Run(byte[][] runnerPathsUtf8)
    {
        ArgumentNullException.ThrowIfNull(runnerPathsUtf8);
        long total = 0;
        byte* path = stackalloc byte[PathBufferSize];
        byte* stat = stackalloc byte[StatBufferSize];
        byte* data = stackalloc byte[RunnerFiles.ReadBufferSize];
        foreach (byte[] directory in runnerPathsUtf8)
        {
            int prefix = directory.Length - 1; // without the NUL
            new ReadOnlySpan<byte>(directory, 0, prefix).CopyTo(new Span<byte>(path, PathBufferSize));
            total += ReadFile(path, prefix, RunnerFiles.InstalledTimestampUtf8, stat, data);
            total += ReadFile(path, prefix, RunnerFiles.PreJobMetricsUtf8, stat, data);
            total += ReadFile(path, prefix, RunnerFiles.PostJobMetricsUtf8, stat, data);
            Check(Unlink(SetName(path, prefix, RunnerFiles.InstalledTimestampUtf8)), "unlink");
            Check(Unlink(SetName(path, prefix, RunnerFiles.PreJobMetricsUtf8)), "unlink");
            Check(Unlink(SetName(path, prefix, RunnerFiles.PostJobMetricsUtf8)), "unlink");
            fixed (byte* directoryZ = directory)
            {
                Check(RemoveDirectory(directoryZ), "rmdir");
            }
        }

        return total;
    }

    private static long ReadFile(byte* path, int prefix, ReadOnlySpan<byte> name, byte* stat, byte* data)
    {
        int fd = OpenAt(AtCurrentDirectory, SetName(path, prefix, name), OpenFlags, 0);
        Check(fd, "openat");
        Check(FStat(fd, stat), "fstat");
        nint read = Read(fd, data, RunnerFiles.ReadBufferSize);
        Check((int)read, "read");
        Check(Close(fd), "close");
        return read;
    }

    private static byte* SetName(byte* path, int prefix, ReadOnlySpan<byte> name)
    {
        name.CopyTo(new Span<byte>(path + prefix, PathBufferSize - prefix - 1));
        path[prefix + name.Length] = 0;
        return path;
    }

    private static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new InvalidOperationException($"{call} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true)]
    private static partial int OpenAt(int directoryFd, byte* path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static partial int FStat(int fd, byte* buffer);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "unlink", SetLastError = true)]
    private static partial int Unlink(byte* path);

    [LibraryImport("libc", EntryPoint = "rmdir", SetLastError = true)]
    private static partial int RemoveDirectory(byte* path);
}
