using System.Runtime.InteropServices;

namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// The outcome of a store operation that may fail part-way on a hostile directory: success, or the
/// first failure as an errno and the (escaped) entry name it happened on. Failures are data, not exceptions,
/// so one bad runner never aborts a pass.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct StoreResult
{
    private StoreResult(int errno, string? path, string? detail)
    {
        Errno = errno;
        Path = path;
        Detail = detail;
    }

    /// <summary>The successful result.</summary>
    public static StoreResult Success => default;

    /// <summary>True when the operation completed.</summary>
    public bool Succeeded => Errno == 0 && Detail is null;

    /// <summary>The Linux errno of the first failure, or 0 (also 0 for failures that are not system errors).</summary>
    public int Errno { get; }

    /// <summary>The name of the entry (escaped by <see cref="EntryNameEscaping"/>) where the first failure happened, if known.</summary>
    public string? Path { get; }

    /// <summary>Text for failures that are not system errors, e.g. an archive stream error.</summary>
    public string? Detail { get; }

    /// <summary>A human-readable description of the failure, or "ok".</summary>
    public string Message => Succeeded
        ? "ok"
        : (Detail ?? Marshal.GetPInvokeErrorMessage(Errno)) + (Path is null ? "" : $" (at '{Path}')");

    /// <summary>A failure with a Linux errno.</summary>
    public static StoreResult Failure(int errno, string? path = null) => new(errno, path, null);

    /// <summary>A failure described by text.</summary>
    public static StoreResult Failure(string detail, string? path = null) => new(0, path, detail);

    /// <inheritdoc/>
    public override string ToString() => Message;
}
