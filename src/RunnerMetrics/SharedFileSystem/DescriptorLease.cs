using Microsoft.Win32.SafeHandles;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// Keeps a <see cref="SafeFileHandle"/> alive while its raw descriptor is used by the <c>*at</c> calls,
/// so a concurrent dispose cannot close (and the kernel reuse) the number mid-operation.
/// </summary>
internal readonly ref struct DescriptorLease
{
    private readonly SafeFileHandle _handle;
    private readonly bool _added;

    internal DescriptorLease(SafeFileHandle handle)
    {
        _handle = handle;
        bool added = false;
        handle.DangerousAddRef(ref added);
        _added = added;
        Fd = (int)handle.DangerousGetHandle();
    }

    internal int Fd { get; }

    public void Dispose()
    {
        if (_added)
        {
            _handle.DangerousRelease();
        }
    }
}
