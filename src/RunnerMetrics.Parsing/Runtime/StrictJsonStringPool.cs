using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// A bounded, thread-safe pool of strings keyed by their UTF-8 bytes, so that parsing repeated values
/// allocates nothing. It is a fixed-size table of immutable entries in sets of two: a lookup is a hash, one or
/// two volatile reads and a vectorized compare; a miss puts the new entry first in its set and moves the
/// set's first entry second (last writer wins), so memory stays bounded whatever the input and no lock is
/// ever taken. Two ways, not one, so that two values a fleet repeats never evict each other just because
/// their hashes share a set.
/// </summary>
public sealed class StrictJsonStringPool
{
    /// <summary>Values longer than this many UTF-8 bytes are never pooled: they are rarely repeated.</summary>
    public const int MaxPooledByteLength = 128;

    private const int DefaultSlotCount = 4096;

    private readonly Entry?[] _slots;
    private readonly int _mask;

    /// <summary>Creates a pool with <paramref name="slotCount"/> slots (a power of two, at least 2).</summary>
    public StrictJsonStringPool(int slotCount = DefaultSlotCount)
    {
        if (slotCount < 2 || (slotCount & (slotCount - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slotCount), slotCount, "The slot count must be a power of two, at least 2.");
        }

        _slots = new Entry?[slotCount];
        _mask = slotCount - 1;
    }

    /// <summary>The pool that generated parsers with <c>InternStrings = true</c> use.</summary>
    public static StrictJsonStringPool Shared { get; } = new();

    /// <summary>Returns the string for valid UTF-8 <paramref name="utf8"/>, from the pool when it is there.</summary>
    public string GetOrAdd(ReadOnlySpan<byte> utf8) =>
        TryGetOrAdd(utf8, out string? value) ? value : Encoding.UTF8.GetString(utf8);

    /// <summary>
    /// Looks <paramref name="utf8"/> up without adding it: a hit is valid text (only valid text is pooled) and
    /// costs a hash and a compare; nothing is allocated either way.
    /// </summary>
    /// <param name="utf8">The bytes to look up.</param>
    /// <param name="value">The pooled string, or <see langword="null"/>.</param>
    /// <returns>Whether the pool holds the string.</returns>
    public bool TryGet(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out string? value) => TryFind(utf8, out _, out value);

    /// <summary>
    /// <see cref="TryGet(ReadOnlySpan{byte}, out string?)"/> that first compares the entry in
    /// <paramref name="recentSlot"/>, where this caller (one member of a generated type, on one thread) last found
    /// its value, and remembers where it finds it: a member's value repeats far more often than it changes, and a
    /// compare is cheaper than the hash. A stale slot costs one failed compare, never a wrong string.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGet(ReadOnlySpan<byte> utf8, ref int recentSlot, [NotNullWhen(true)] out string? value)
    {
        var last = Volatile.Read(ref _slots[recentSlot & _mask]);
        if (last is not null && utf8.SequenceEqual(last.Utf8))
        {
            value = last.Value;
            return true;
        }

        if (TryFind(utf8, out int slot, out value))
        {
            recentSlot = slot;
            return true;
        }

        return false;
    }

    private bool TryFind(ReadOnlySpan<byte> utf8, out int slot, [NotNullWhen(true)] out string? value)
    {
        if (utf8.Length <= MaxPooledByteLength)
        {
            return TryFindInSet(Hash(utf8), utf8, out slot, out value);
        }

        slot = 0;
        value = null;
        return false;
    }

    private bool TryFindInSet(int hash, ReadOnlySpan<byte> utf8, out int slot, [NotNullWhen(true)] out string? value)
    {
        int first = FirstOfSet(hash);
        for (slot = first; slot <= first + 1; slot++)
        {
            var entry = Volatile.Read(ref _slots[slot]);
            if (entry is not null && entry.Hash == hash && utf8.SequenceEqual(entry.Utf8))
            {
                value = entry.Value;
                return true;
            }
        }

        slot = 0;
        value = null;
        return false;
    }

    private int FirstOfSet(int hash) => hash & _mask & ~1;

    /// <summary>
    /// Returns the string for <paramref name="utf8"/>, from the pool when it is there, or false when the bytes
    /// are not valid UTF-8. Only valid text is pooled, so a hit needs no validation: it runs on a miss only.
    /// </summary>
    /// <param name="utf8">The bytes to look up.</param>
    /// <param name="value">The string, or <see langword="null"/> when the bytes are not valid UTF-8.</param>
    /// <returns>Whether the bytes are valid UTF-8.</returns>
    public bool TryGetOrAdd(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out string? value)
    {
        if (utf8.Length > MaxPooledByteLength)
        {
            value = System.Text.Unicode.Utf8.IsValid(utf8) ? Encoding.UTF8.GetString(utf8) : null;
            return value is not null;
        }

        int hash = Hash(utf8);
        if (TryFindInSet(hash, utf8, out _, out value))
        {
            return true;
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return false;
        }

        var added = new Entry(hash, utf8.ToArray(), Encoding.UTF8.GetString(utf8));
        // The newest entry goes first and the one it displaces second: the older second entry is the one evicted.
        int first = FirstOfSet(hash);
        var previous = Volatile.Read(ref _slots[first]);
        if (previous is not null)
        {
            Volatile.Write(ref _slots[first + 1], previous);
        }

        Volatile.Write(ref _slots[first], added);
        value = added.Value;
        return true;
    }

    // Keyed per process, so an attacker can't aim collisions at one slot.
    private static int Hash(ReadOnlySpan<byte> utf8) => KeyedHash.Of(utf8);

    private sealed class Entry(int hash, byte[] utf8, string value)
    {
        public int Hash { get; } = hash;

        public byte[] Utf8 { get; } = utf8;

        public string Value { get; } = value;
    }
}
