using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace RunnerMetrics.Native;

/// <summary>
/// The libc entry points the store needs. Descriptors are plain <see cref="int"/>s so the
/// per-runner path allocates no <c>SafeHandle</c>; callers own and close them.
/// </summary>
/// <remarks>
/// <c>[LibraryImport]</c> generates the marshalling at compile time (AOT and trim safe);
/// every signature is blittable. "libc" resolves to <c>libc.so.6</c> on glibc.
/// All calls report failure as -1 with the errno in <see cref="Marshal.GetLastPInvokeError"/>.
/// </remarks>
[SupportedOSPlatform("linux")]
internal static unsafe partial class Libc
{
    private const string LibraryName = "libc";

    [LibraryImport(LibraryName, EntryPoint = "openat", SetLastError = true)]
    internal static partial int OpenAt(int directoryFd, byte* path, int flags, uint mode);

    [LibraryImport(LibraryName, EntryPoint = "close", SetLastError = true)]
    internal static partial int Close(int fd);

    [LibraryImport(LibraryName, EntryPoint = "read", SetLastError = true)]
    internal static partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport(LibraryName, EntryPoint = "write", SetLastError = true)]
    internal static partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport(LibraryName, EntryPoint = "pread", SetLastError = true)]
    internal static partial nint PRead(int fd, byte* buffer, nuint count, long offset);

    [LibraryImport(LibraryName, EntryPoint = "lseek", SetLastError = true)]
    internal static partial long LSeek(int fd, long offset, int whence);

    [LibraryImport(LibraryName, EntryPoint = "fsync", SetLastError = true)]
    internal static partial int FSync(int fd);

    /// <summary><c>statx(2)</c>: one struct layout on every architecture, unlike <c>struct stat</c>.</summary>
    [LibraryImport(LibraryName, EntryPoint = "statx", SetLastError = true)]
    internal static partial int StatX(int directoryFd, byte* path, int flags, uint mask, StatX* buffer);

    [LibraryImport(LibraryName, EntryPoint = "readlinkat", SetLastError = true)]
    internal static partial nint ReadLinkAt(int directoryFd, byte* path, byte* buffer, nuint size);

    [LibraryImport(LibraryName, EntryPoint = "getdents64", SetLastError = true)]
    internal static partial nint GetDents64(int directoryFd, byte* buffer, nuint count);

    [LibraryImport(LibraryName, EntryPoint = "mkdirat", SetLastError = true)]
    internal static partial int MkDirAt(int directoryFd, byte* path, uint mode);

    [LibraryImport(LibraryName, EntryPoint = "unlinkat", SetLastError = true)]
    internal static partial int UnlinkAt(int directoryFd, byte* path, int flags);

    [LibraryImport(LibraryName, EntryPoint = "renameat2", SetLastError = true)]
    internal static partial int RenameAt2(int oldDirectoryFd, byte* oldPath, int newDirectoryFd, byte* newPath, uint flags);

    [LibraryImport(LibraryName, EntryPoint = "flock", SetLastError = true)]
    internal static partial int FLock(int fd, int operation);
}
