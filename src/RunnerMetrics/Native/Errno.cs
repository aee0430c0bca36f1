using System.Runtime.InteropServices;

namespace RunnerMetrics.Native;

/// <summary>The Linux errno values the store reacts to.</summary>
internal static class Errno
{
    internal const int ENOENT = 2;
    internal const int EINTR = 4;
    internal const int EBADF = 9;
    internal const int EIO = 5;
    internal const int EACCES = 13;
    internal const int EAGAIN = 11;
    internal const int EEXIST = 17;
    internal const int ENOTDIR = 20;
    internal const int EISDIR = 21;
    internal const int EINVAL = 22;
    internal const int ENAMETOOLONG = 36;
    internal const int ELOOP = 40;
    internal const int ENOTEMPTY = 39;

    /// <summary>The errno of the last failed P/Invoke on this thread.</summary>
    internal static int Last => Marshal.GetLastPInvokeError();

    /// <summary>The system's text for an errno, e.g. "No such file or directory".</summary>
    internal static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);
}
