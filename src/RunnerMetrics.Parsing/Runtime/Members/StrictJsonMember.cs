using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// One member of a flat type (scalars, enums and strings only) read in a single pass: the slot lives in a local
/// rather than on the tape, which the parse then needs only for the text of strings. A second occurrence of the
/// member is a duplicate.
/// </summary>
/// <typeparam name="TValue">The member's shape.</typeparam>
/// <typeparam name="T">The member's .NET type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct StrictJsonMember<TValue, T>
    where TValue : IStrictJsonValue<T>
{
    private StrictJsonSlot _slot;
    private bool _isPresent;

    /// <summary>Whether the member was read (<c>null</c> included).</summary>
    public readonly bool IsPresent => _isPresent;

    /// <summary>What was read, for the checks of <c>[Range]</c> and lengths.</summary>
    [UnscopedRef]
    public readonly ref readonly StrictJsonSlot Slot => ref _slot;

    /// <summary>Reads the member's value; the reader is on its name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonError error)
    {
        if (_isPresent)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.DuplicateMember, path, out error);
        }

        _isPresent = true;
        reader.Read();
        return TValue.TryRead(ref reader, tape, path, out _slot, out error);
    }

    /// <summary>Builds the value; the whole document has been accepted.</summary>
    public readonly T Build(StrictJsonTape tape) => TValue.Build(tape, _slot);

    /// <summary>Builds the value, or returns <paramref name="absent"/> when the member was absent.</summary>
    public readonly T BuildOrDefault(StrictJsonTape tape, T absent) => _isPresent ? TValue.Build(tape, _slot) : absent;
}
