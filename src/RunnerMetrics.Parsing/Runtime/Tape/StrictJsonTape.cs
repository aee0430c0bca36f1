using System;
using System.Buffers;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// What the first pass of a parse records: slots (one per member of each object, then the elements of each
/// collection) and the unescaped text of strings. The second pass builds the value from it, only once the
/// whole document is accepted. One tape per thread is reused, and it grows from the array pools, so neither
/// pass allocates in steady state.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StrictJsonTape
{
    // A thread keeps its tape up to these sizes; beyond them the arrays go back to the pools.
    private const int KeptSlotCount = 64 * 1024;
    private const int KeptTextLength = 1024 * 1024;

    [ThreadStatic]
    private static StrictJsonTape? t_cached;

    // Every array comes from, and goes back to, the shared pools.
    private StrictJsonSlot[] _slots = ArrayPool<StrictJsonSlot>.Shared.Rent(64);
    private int _slotCount;
    private byte[] _text = ArrayPool<byte>.Shared.Rent(1024);
    private int _textLength;

    // Strings the first pass found in a pool, so the second pass needs neither their text nor a lookup.
    private string?[] _strings = new string?[16];
    private int _stringCount;

    // Per interned member of a one-pass type (by the id it reserved): the pool slot it last found its value in.
    private static int s_recentStringCount;
    private int[] _recentStrings = [];

    // Elements of the collections being read, innermost last; they move to the slots when their collection ends.
    private StrictJsonSlot[] _pending = ArrayPool<StrictJsonSlot>.Shared.Rent(64);
    private int _pendingCount;

    /// <summary>Takes the thread's tape (or a new one while it is in use, e.g. by a nested parse).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StrictJsonTape Rent()
    {
        var tape = t_cached;
        if (tape is null)
        {
            return new StrictJsonTape();
        }

        t_cached = null;
        return tape;
    }

    /// <summary>
    /// Reserves <paramref name="count"/> ids for <see cref="RecentString"/>, one per interned member of a generated
    /// type (once, in its static initializer); returns the first.
    /// </summary>
    public static int ReserveRecentStrings(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Interlocked.Add(ref s_recentStringCount, count) - count;
    }

    /// <summary>The pool slot where the member with id <paramref name="id"/> last found its value on this thread, to compare first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref int RecentString(int id)
    {
        var recent = _recentStrings;
        if ((uint)id < (uint)recent.Length)
        {
            return ref recent[id];
        }

        return ref GrowRecentStrings(id);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ref int GrowRecentStrings(int id)
    {
        // Sized for every id reserved so far: one growth per thread in steady state.
        Array.Resize(ref _recentStrings, Math.Max(id + 1, Volatile.Read(ref s_recentStringCount)));
        return ref _recentStrings[id];
    }

    /// <summary>Clears <paramref name="tape"/> and gives it back to the thread.</summary>
    public static void Return(StrictJsonTape tape)
    {
        ArgumentNullException.ThrowIfNull(tape);
        tape._slotCount = 0;
        tape._textLength = 0;
        tape._pendingCount = 0;
        tape._strings.AsSpan(0, tape._stringCount).Clear();
        tape._stringCount = 0;
        tape.DocumentIsValidUtf8 = false;
        if (tape._slots.Length > KeptSlotCount || tape._pending.Length > KeptSlotCount || tape._text.Length > KeptTextLength)
        {
            ArrayPool<StrictJsonSlot>.Shared.Return(tape._slots);
            ArrayPool<StrictJsonSlot>.Shared.Return(tape._pending);
            ArrayPool<byte>.Shared.Return(tape._text);
            return; // The thread gets a new, small tape next time.
        }

        t_cached = tape;
    }

    /// <summary>
    /// Whether the whole document is known to be valid UTF-8 (checked once, vectorized, by <c>TryParse</c>), so no
    /// string needs its own check; unknown when a caller hands in only a reader.
    /// </summary>
    public bool DocumentIsValidUtf8 { get; set; }

    internal ref StrictJsonSlot this[int index] => ref _slots[index];

    /// <summary>Whether slot <paramref name="index"/> holds a value (<c>null</c> included).</summary>
    public bool IsPresent(int index) => _slots[index].IsPresent;

    /// <summary>Reserves <paramref name="count"/> absent slots (an object's members) and returns the first one's index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Reserve(int count)
    {
        int start = _slotCount;
        if (start + count > _slots.Length)
        {
            Grow(ref _slots, start + count);
        }

        _slots.AsSpan(start, count).Fill(new StrictJsonSlot { Start = StrictJsonSlot.Absent });
        _slotCount = start + count;
        return start;
    }

    /// <summary>Reads member slot <paramref name="index"/> with <typeparamref name="TValue"/>; a second occurrence is a duplicate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadMember<TValue>(ref System.Text.Json.Utf8JsonReader reader, int index, string path, out StrictJsonError error)
        where TValue : IStrictJsonReadable
    {
        if (_slots[index].IsPresent)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.DuplicateMember, path, out error);
        }

        reader.Read();
        if (!TValue.TryRead(ref reader, this, path, out var slot, out error))
        {
            return false;
        }

        _slots[index] = slot; // Indexed again: reading a nested value may have grown the array.
        return true;
    }

    /// <summary>Builds the value in slot <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Get<TValue, T>(int index)
        where TValue : IStrictJsonValue<T> => TValue.Build(this, in _slots[index]);

    /// <summary>Builds the value in slot <paramref name="index"/>, or returns <paramref name="absent"/> when the member was absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T GetOrDefault<TValue, T>(int index, T absent)
        where TValue : IStrictJsonValue<T> => _slots[index].IsPresent ? TValue.Build(this, in _slots[index]) : absent;

    internal int PendingMark => _pendingCount;

    internal void Push(in StrictJsonSlot slot)
    {
        if (_pendingCount == _pending.Length)
        {
            Grow(ref _pending, _pendingCount + 1);
        }

        _pending[_pendingCount++] = slot;
    }

    /// <summary>Moves the pending slots above <paramref name="mark"/> to the tape; returns where they start.</summary>
    internal int CommitPending(int mark)
    {
        int count = _pendingCount - mark;
        int start = Reserve(0);
        if (start + count > _slots.Length)
        {
            Grow(ref _slots, start + count);
        }

        _pending.AsSpan(mark, count).CopyTo(_slots.AsSpan(start));
        _slotCount = start + count;
        _pendingCount = mark;
        return start;
    }

    /// <summary>
    /// Appends a string token's text, unescaped, and returns its slot; false when it is not valid Unicode
    /// (invalid UTF-8 or a lone surrogate escape, which the reader lets through).
    /// </summary>
    internal bool TryAppendText(ReadOnlySpan<byte> raw, bool isEscaped, out StrictJsonSlot slot)
    {
        // Unescaping never lengthens the text.
        if (_textLength + raw.Length > _text.Length)
        {
            Grow(ref _text, _textLength + raw.Length);
        }

        var target = _text.AsSpan(_textLength);
        int length;
        if (isEscaped)
        {
            length = JsonStringUnescaper.Unescape(raw, target);
        }
        else if (DocumentIsValidUtf8 || System.Text.Unicode.Utf8.IsValid(raw))
        {
            raw.CopyTo(target);
            length = raw.Length;
        }
        else
        {
            length = JsonStringUnescaper.Invalid;
        }

        if (length == JsonStringUnescaper.Invalid)
        {
            slot = default;
            return false;
        }

        slot = StrictJsonSlot.Range(_textLength, length);
        _textLength += length;
        return true;
    }

    /// <summary>Keeps a string the first pass already has (from a pool); its slot says so.</summary>
    internal StrictJsonSlot AppendString(string value)
    {
        if (_stringCount == _strings.Length)
        {
            Array.Resize(ref _strings, _strings.Length * 2);
        }

        _strings[_stringCount] = value;
        return StrictJsonSlot.PooledString(_stringCount++);
    }

    internal string StringOf(in StrictJsonSlot slot) => _strings[slot.Start]!;

    internal ReadOnlySpan<byte> TextOf(in StrictJsonSlot slot) => _text.AsSpan(slot.Start, slot.Length);

    internal ReadOnlySpan<StrictJsonSlot> SlotsOf(in StrictJsonSlot slot) => _slots.AsSpan(slot.Start, slot.Length);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Grow<T>(ref T[] array, int needed)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2));
        array.AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }
}
