using System;
using System.Globalization;

namespace RunnerMetrics.Parsing;

/// <summary>
/// Why a strict parse failed, and where. Building one allocates nothing: paths are constants, and a
/// nested member's path is kept as its parts (up to three levels) until <see cref="Path"/> is read.
/// </summary>
public readonly struct StrictJsonError : IEquatable<StrictJsonError>
{
    private const int NoIndex = -1;

    // The path as up to three constant parts and two indices, composed only when read: the innermost member's
    // path, the array or object around it, and the one around that (as in $.workflow_job.steps[3].name).
    private readonly string? _path;
    private readonly string? _parentPath;
    private readonly int _index;
    private readonly string? _outerPath;
    private readonly int _outerIndex;

    /// <summary>Creates an error at a constant JSONPath (<c>$</c>, <c>$.status_info.code</c>).</summary>
    public StrictJsonError(StrictJsonErrorKind kind, string path, long bytePosition)
        : this(kind, null, NoIndex, null, NoIndex, path, bytePosition)
    {
    }

    private StrictJsonError(StrictJsonErrorKind kind, string? outerPath, int outerIndex, string? parentPath, int index, string path, long bytePosition)
    {
        Kind = kind;
        _outerPath = outerPath;
        _outerIndex = outerIndex;
        _parentPath = parentPath;
        _index = index;
        _path = path;
        BytePosition = bytePosition;
    }

    /// <summary>What went wrong; <see cref="StrictJsonErrorKind.None"/> for no error.</summary>
    public StrictJsonErrorKind Kind { get; }

    /// <summary>The offset in the document of the offending token (for a missing member, the end of its object).</summary>
    public long BytePosition { get; }

    /// <summary>The JSONPath of the offending value, such as <c>$.status_info.code</c> or <c>$.items[2]</c>.</summary>
    public string Path =>
        _parentPath is null ? _path ?? "$"
        : _outerPath is null ? Compose(_parentPath, _index, _path ?? "$")
        : Compose(_outerPath, _outerIndex, Compose(_parentPath, _index, _path ?? "$"));

    /// <summary>Whether this describes an error.</summary>
    public bool IsError => Kind != StrictJsonErrorKind.None;

    /// <summary>The same error seen from the object that holds it in member <paramref name="memberPath"/>.</summary>
    public StrictJsonError WithinMember(string memberPath) => Within(memberPath, NoIndex);

    /// <summary>The same error seen from the array in member <paramref name="arrayPath"/>, at element <paramref name="index"/>.</summary>
    public StrictJsonError WithinElement(string arrayPath, int index) => Within(arrayPath, index);

    /// <summary>The same error seen from the dictionary in member <paramref name="dictionaryPath"/>, under <paramref name="key"/>.</summary>
    /// <remarks>Unlike member and element paths, a key is not known at compile time: this composes (and allocates) the path.</remarks>
    public StrictJsonError WithinKey(string dictionaryPath, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string keyPath = string.Concat(dictionaryPath, "['", key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal), "']");
        return new StrictJsonError(Kind, null, NoIndex, keyPath, NoIndex, Path, BytePosition);
    }

    private StrictJsonError Within(string outerPath, int index) =>
        _parentPath is null ? new StrictJsonError(Kind, null, NoIndex, outerPath, index, _path ?? "$", BytePosition)
        : _outerPath is null ? new StrictJsonError(Kind, outerPath, index, _parentPath, _index, _path ?? "$", BytePosition)
        // Four levels deep: compose the inner three now; only such errors allocate.
        : new StrictJsonError(Kind, null, NoIndex, outerPath, index, Path, BytePosition);

    private static string Compose(string parent, int index, string child)
    {
        var tail = child.AsSpan(1);
        return index == NoIndex
            ? string.Concat(parent.AsSpan(), tail)
            : string.Concat(parent, "[", index.ToString(CultureInfo.InvariantCulture), "]", tail.ToString());
    }

    /// <summary>A readable description, such as <c>MissingMember at $.timestamp (byte 42)</c>.</summary>
    public override string ToString() =>
        IsError
            ? string.Create(CultureInfo.InvariantCulture, $"{Kind} at {Path} (byte {BytePosition})")
            : "None";

    /// <inheritdoc/>
    public bool Equals(StrictJsonError other) =>
        Kind == other.Kind && BytePosition == other.BytePosition && string.Equals(Path, other.Path, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StrictJsonError other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, BytePosition, Path);

    /// <summary>Compares two errors by kind, path and position.</summary>
    public static bool operator ==(StrictJsonError left, StrictJsonError right) => left.Equals(right);

    /// <summary>Compares two errors by kind, path and position.</summary>
    public static bool operator !=(StrictJsonError left, StrictJsonError right) => !left.Equals(right);
}
