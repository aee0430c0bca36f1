using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// A <see cref="StrictJsonMember{TValue, T}"/> for an interned string: a value already in the pool is kept as
/// the string itself (it costs no allocation, so a rejected document still allocates nothing), and any other
/// goes to the tape's text. The pool slot where the member last found its value on this thread is compared first.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct StrictJsonPooledStringMember
{
    private string? _pooled;
    private StrictJsonSlot _slot;
    private bool _isPresent;

    /// <inheritdoc cref="StrictJsonMember{TValue, T}.IsPresent"/>
    public readonly bool IsPresent => _isPresent;

    /// <summary>Reads the member's value; the reader is on its name.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="tape">The parse's tape.</param>
    /// <param name="recent">The member's id from <see cref="StrictJsonTape.ReserveRecentStrings"/>.</param>
    /// <param name="path">The member's path, for errors.</param>
    /// <param name="error">Why the value was rejected.</param>
    /// <returns>Whether the value was read.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, int recent, string path, out StrictJsonError error)
    {
        if (_isPresent)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.DuplicateMember, path, out error);
        }

        reader.Read();
        return TryReadValue(ref reader, tape, recent, path, out error);
    }

    /// <summary>Reads the member's value; the reader is on it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryReadValue(ref Utf8JsonReader reader, StrictJsonTape tape, int recent, string path, out StrictJsonError error)
    {
        _isPresent = true;
        if (PooledStringValue.TryGetPooled(ref reader, ref tape.RecentString(recent), out string? pooled))
        {
            _pooled = pooled;
            error = default;
            return true;
        }

        return StringValue.TryReadText(ref reader, tape, path, out _slot, out error);
    }

    /// <inheritdoc cref="StrictJsonMember{TValue, T}.Build"/>
    public readonly string Build(StrictJsonTape tape) => _pooled ?? PooledStringValue.Build(tape, _slot);

    /// <inheritdoc cref="StrictJsonMember{TValue, T}.BuildOrDefault"/>
    public readonly string BuildOrDefault(StrictJsonTape tape, string absent) => _isPresent ? Build(tape) : absent;
}
