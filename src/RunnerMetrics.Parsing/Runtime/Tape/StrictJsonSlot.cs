using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// One value read in a parse's first pass: a scalar's bits, a string's place in the tape's text, or the
/// tape index of an object's members or a collection's elements. Nothing is materialized until the whole
/// document is accepted, so a rejected document allocates nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Sequential)]
public struct StrictJsonSlot
{
    internal const int Absent = -2;
    internal const int Null = -1;

    // 16 bytes of payload: any unmanaged value up to decimal, Guid or DateTimeOffset is stored as itself.
    internal long Low;
    internal long High;

    /// <summary><see cref="Absent"/>, <see cref="Null"/>, or the payload's start (a text offset, a tape index, or 0).</summary>
    internal int Start;

    /// <summary>A string's UTF-8 byte count, or a collection's element count.</summary>
    internal int Length;

    internal readonly bool IsPresent => Start != Absent;

    internal readonly bool IsNull => Start == Null;

    internal static StrictJsonSlot NullValue => new() { Start = Null };

    internal static StrictJsonSlot Of<T>(T value)
        where T : unmanaged
    {
        var slot = default(StrictJsonSlot);
        Unsafe.As<long, T>(ref slot.Low) = value;
        return slot;
    }

    internal readonly T Get<T>()
        where T : unmanaged => Unsafe.As<long, T>(ref Unsafe.AsRef(in Low));

    /// <summary>A string kept whole on the tape: <see cref="High"/> marks it, <see cref="Start"/> is its index.</summary>
    internal static StrictJsonSlot PooledString(int index) => new() { Start = index, High = 1 };

    internal readonly bool IsPooledString => High == 1;

    internal static StrictJsonSlot Range(int start, int length) => new() { Start = start, Length = length };
}
