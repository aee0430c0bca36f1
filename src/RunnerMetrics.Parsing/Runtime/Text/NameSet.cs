using System;
using System.Buffers;
using System.Buffers.Binary;
using System.ComponentModel;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// The member names (or dictionary keys) seen so far in one JSON object, to reject a repeated one in time
/// linear in the names' total length, however many there are and however long.
/// </summary>
/// <remarks>
/// <para>
/// Names are appended, each after a 4-byte length, to the caller's stack buffer and then to a pooled one
/// that doubles as needed. The first <see cref="LinearLimit"/> names are compared one by one, which beats
/// hashing for the few members most objects have; past that an open-addressing table of (offset, hash)
/// pairs in a pooled <see cref="int"/> array takes over and doubles whenever it is half full, so a lookup
/// touches about two slots and compares bytes only on a hash match.
/// </para>
/// <para>
/// The hash is keyed with secrets drawn at random per process: a document can't be crafted to make every
/// name collide, which would bring back the quadratic cost this type exists to avoid.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct NameSet
{
    /// <summary>The size of the stack buffer callers pass in: <c>stackalloc byte[NameSet.StackBufferLength]</c>.</summary>
    public const int StackBufferLength = 256;

    // Up to this many names a linear scan is cheaper than building a table.
    private const int LinearLimit = 8;

    // The first table: 32 slots hold 16 names at load factor 0.5.
    private const int InitialSlots = 64;

    private const int LengthPrefix = sizeof(int);

    private Span<byte> _names;
    private byte[]? _rentedNames;
    private int _used;
    private int _count;

    // Slot i is _table[2 * i] = the name's offset + 1 (0 when the slot is empty) and _table[2 * i + 1] = its hash.
    private int[]? _table;
    private int _slots;

    // Slots probed and names compared: the measure of work that tests check grows linearly. Never read here.
    private long _work;

    /// <summary>Starts with <paramref name="stackBuffer"/>, usually <c>stackalloc byte[StackBufferLength]</c>.</summary>
    public NameSet(Span<byte> stackBuffer)
    {
        _names = stackBuffer;
        _rentedNames = null;
        _used = 0;
        _count = 0;
        _table = null;
        _slots = 0;
        _work = 0;
    }

    /// <summary>
    /// Records <paramref name="unescapedUtf8Name"/>, compared byte for byte. Returns false, recording nothing,
    /// when the same name was already added. The name is copied, never kept (hence <see langword="scoped"/>:
    /// a caller may pass a scratch buffer that lives shorter than the set).
    /// </summary>
    public bool Add(scoped ReadOnlySpan<byte> unescapedUtf8Name)
    {
        if (_table is null)
        {
            if (_count < LinearLimit)
            {
                if (ContainsLinear(unescapedUtf8Name))
                {
                    return false;
                }

                Append(unescapedUtf8Name);
                return true;
            }

            BuildTable();
        }

        int[] table = _table!;
        int hash = Hash(unescapedUtf8Name);
        int mask = _slots - 1;
        int slot = hash & mask;
        for (int entry; (entry = table[2 * slot]) != 0; slot = (slot + 1) & mask)
        {
            _work++;
            if (table[(2 * slot) + 1] == hash && NameAt(entry - 1).SequenceEqual(unescapedUtf8Name))
            {
                return false;
            }
        }

        // The table is at most half full before this name, so the probe above ended on an empty slot.
        _work++;
        table[2 * slot] = Append(unescapedUtf8Name) + 1;
        table[(2 * slot) + 1] = hash;
        if (_count > _slots / 2)
        {
            Resize(_slots * 4); // Grown fourfold: a resize rehashes every name, and objects with many unknown members have dozens.
        }

        return true;
    }

    /// <summary>Returns the pooled buffers, if any were taken. The set is empty afterwards.</summary>
    public void Dispose()
    {
        if (_rentedNames is not null)
        {
            ArrayPool<byte>.Shared.Return(_rentedNames);
            _rentedNames = null;
        }

        if (_table is not null)
        {
            ArrayPool<int>.Shared.Return(_table);
            _table = null;
        }

        _names = default;
        _used = 0;
        _count = 0;
        _slots = 0;
    }

    private static int Hash(ReadOnlySpan<byte> name) => KeyedHash.Of(name);

    private bool ContainsLinear(scoped ReadOnlySpan<byte> name)
    {
        for (int offset = 0; offset < _used;)
        {
            _work++;
            var known = NameAt(offset);
            if (known.SequenceEqual(name))
            {
                return true;
            }

            offset += LengthPrefix + known.Length;
        }

        return false;
    }

    private readonly ReadOnlySpan<byte> NameAt(int offset) =>
        _names.Slice(offset + LengthPrefix, BinaryPrimitives.ReadInt32LittleEndian(_names.Slice(offset)));

    // Appends the name after its length and returns where it starts.
    private int Append(scoped ReadOnlySpan<byte> name)
    {
        long required = (long)_used + LengthPrefix + name.Length;
        if (required > _names.Length)
        {
            Grow(required);
        }

        int offset = _used;
        BinaryPrimitives.WriteInt32LittleEndian(_names.Slice(offset), name.Length);
        name.CopyTo(_names.Slice(offset + LengthPrefix));
        _used = (int)required;
        _count++;
        return offset;
    }

    private void Grow(long required)
    {
        if (required > Array.MaxLength)
        {
            // Names are never dropped (a dropped name would let its repeat through), so running out is an error.
            throw new InsufficientMemoryException("The member names of one JSON object exceed the largest array.");
        }

        int length = (int)Math.Min(Math.Max(Math.Max(required, 2L * _names.Length), StackBufferLength), Array.MaxLength);
        byte[] larger = ArrayPool<byte>.Shared.Rent(length);
        _names.Slice(0, _used).CopyTo(larger);
        if (_rentedNames is not null)
        {
            ArrayPool<byte>.Shared.Return(_rentedNames);
        }

        _rentedNames = larger;
        _names = larger;
    }

    // Moves from the linear phase to the table: every name so far is hashed once, here.
    private void BuildTable()
    {
        _slots = InitialSlots;
        _table = RentClearedTable(_slots);
        int mask = _slots - 1;
        for (int offset = 0; offset < _used;)
        {
            var name = NameAt(offset);
            Insert(_table, mask, offset + 1, Hash(name));
            offset += LengthPrefix + name.Length;
        }
    }

    // Grows the table from the hashes it holds; names are not read again.
    private void Resize(int slots)
    {
        if (slots > Array.MaxLength / 2)
        {
            throw new InsufficientMemoryException("The member names of one JSON object need a larger table than an array holds.");
        }

        int[] old = _table!;
        int oldSlots = _slots;
        int[] table = RentClearedTable(slots);
        int mask = slots - 1;
        for (int slot = 0; slot < oldSlots; slot++)
        {
            if (old[2 * slot] != 0)
            {
                Insert(table, mask, old[2 * slot], old[(2 * slot) + 1]);
            }
        }

        ArrayPool<int>.Shared.Return(old);
        _table = table;
        _slots = slots;
    }

    private void Insert(int[] table, int mask, int entry, int hash)
    {
        int slot = hash & mask;
        while (table[2 * slot] != 0)
        {
            _work++;
            slot = (slot + 1) & mask;
        }

        _work++;
        table[2 * slot] = entry;
        table[(2 * slot) + 1] = hash;
    }

    // Pooled arrays come back dirty; only the part in use is cleared.
    private static int[] RentClearedTable(int slots)
    {
        int[] table = ArrayPool<int>.Shared.Rent(2 * slots);
        Array.Clear(table, 0, 2 * slots);
        return table;
    }
}
