using System;
using System.Buffers;
using System.ComponentModel;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>Collects array elements in a pooled buffer so that only the final, exactly sized array is allocated.</summary>
/// <typeparam name="T">The element type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct StrictJsonArrayBuilder<T>
{
    private T[]? _items;
    private int _count;

    /// <summary>The number of elements added.</summary>
    public readonly int Count => _count;

    /// <summary>Adds an element.</summary>
    public void Add(T item)
    {
        if (_items is null || _count == _items.Length)
        {
            Grow();
        }

        _items![_count++] = item;
    }

    /// <summary>The elements as a new array; the builder is reset.</summary>
    public T[] ToArrayAndReset()
    {
        var result = _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();
        Reset();
        return result;
    }

    /// <summary>Returns the pooled buffer without making an array.</summary>
    public void Reset()
    {
        if (_items is not null)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = null;
        }

        _count = 0;
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(_items is null ? 8 : _items.Length * 2);
        if (_items is not null)
        {
            _items.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
        }

        _items = larger;
    }
}
