using System.Runtime.Versioning;

namespace RunnerMetrics.Native;

/// <summary>
/// Owns one raw descriptor for a <c>using</c> scope, so code that opens a descriptor needs no try/finally
/// to close it. A negative value (a failed open's errno) owns nothing.
/// </summary>
[SupportedOSPlatform("linux")]
internal ref struct OwnedDescriptor
{
    internal OwnedDescriptor(int fd) => Fd = fd;

    /// <summary>The descriptor, or a negative errno when the open failed.</summary>
    internal int Fd { get; private set; }

    internal readonly bool IsValid => Fd >= 0;

    /// <summary>Gives up ownership (e.g. to a <c>SafeFileHandle</c>): the descriptor stays open.</summary>
    internal int Release()
    {
        int fd = Fd;
        Fd = -1;
        return fd;
    }

    public void Dispose()
    {
        if (Fd >= 0)
        {
            Syscalls.Close(Fd);
            Fd = -1;
        }
    }
}
