using System.Runtime.InteropServices;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>The outcome of <see cref="BoundedFileReader.Read"/>: a status, the length read, or an errno.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct BoundedReadResult
{
    private BoundedReadResult(BoundedReadStatus status, int length, int errno)
    {
        Status = status;
        Length = length;
        Errno = errno;
    }

    /// <summary>What the read found.</summary>
    public BoundedReadStatus Status { get; }

    /// <summary>Bytes read into the caller's buffer when <see cref="Status"/> is <see cref="BoundedReadStatus.Ok"/>, else 0.</summary>
    public int Length { get; }

    /// <summary>The Linux errno when <see cref="Status"/> is <see cref="BoundedReadStatus.IoError"/>, else 0.</summary>
    public int Errno { get; }

    /// <summary>True when the file was read within the limit.</summary>
    public bool IsOk => Status == BoundedReadStatus.Ok;

    /// <summary>The entry exists but must not be trusted: the runner is corrupt.</summary>
    public bool IsHostile => Status is BoundedReadStatus.NotRegularFile or BoundedReadStatus.MultipleLinks or BoundedReadStatus.TooLarge;

    /// <summary>A successful read of <paramref name="length"/> bytes.</summary>
    public static BoundedReadResult Ok(int length) => new(BoundedReadStatus.Ok, length, 0);

    /// <summary>A failed read with a status other than <see cref="BoundedReadStatus.Ok"/> or <see cref="BoundedReadStatus.IoError"/>.</summary>
    public static BoundedReadResult Of(BoundedReadStatus status) => new(status, 0, 0);

    /// <summary>A read the system refused with <paramref name="errno"/>.</summary>
    public static BoundedReadResult IoError(int errno) => new(BoundedReadStatus.IoError, 0, errno);

    /// <inheritdoc/>
    public override string ToString() => Status switch
    {
        BoundedReadStatus.Ok => $"Ok({Length} bytes)",
        BoundedReadStatus.IoError => $"IoError(errno {Errno}: {Marshal.GetPInvokeErrorMessage(Errno)})",
        _ => Status.ToString(),
    };
}
