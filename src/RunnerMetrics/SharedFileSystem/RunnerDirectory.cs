using System;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;
using RunnerMetrics.Native;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// One runner's directory, open as a descriptor (opened with <c>O_DIRECTORY | O_NOFOLLOW</c>), so every
/// file inside is reached relative to it and never through a link. When it comes from
/// <see cref="SharedFileSystemStore.TryClaim"/> it also holds the runner's claim until disposed.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class RunnerDirectory : IDisposable
{
    internal RunnerDirectory(string name, SafeFileHandle handle, bool isClaimed)
    {
        Name = name;
        Handle = handle;
        IsClaimed = isClaimed;
    }

    /// <summary>The runner's name: its directory's name in the base directory.</summary>
    public string Name { get; }

    /// <summary>The directory descriptor. Disposing this object closes it (and releases a claim).</summary>
    public SafeFileHandle Handle { get; }

    /// <summary>True when this object holds the exclusive claim on the runner.</summary>
    public bool IsClaimed { get; }

    /// <summary>True once <see cref="SharedFileSystemStore.Delete(RunnerDirectory)"/> removed it.</summary>
    public bool IsRemoved { get; internal set; }

    /// <summary>
    /// Reads one of the runner's files with <see cref="BoundedFileReader"/>; see there for the checks.
    /// </summary>
    /// <param name="fileName">An entry name such as <see cref="RunnerFiles.PreJobMetricsUtf8"/>.</param>
    /// <param name="buffer">At least <see cref="RunnerFiles.ReadBufferSize"/> bytes.</param>
    /// <returns>The status and the length read.</returns>
    public BoundedReadResult ReadFile(ReadOnlySpan<byte> fileName, Span<byte> buffer) =>
        BoundedFileReader.Read(Handle, fileName, buffer);

    /// <summary>Closes the descriptor, which also releases the claim.</summary>
    public void Dispose()
    {
        if (IsClaimed && !Handle.IsClosed)
        {
            // Released explicitly: a child forked meanwhile would otherwise hold the claim until it execs.
            using DescriptorLease lease = new(Handle);
            Syscalls.Unlock(lease.Fd);
        }

        Handle.Dispose();
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
