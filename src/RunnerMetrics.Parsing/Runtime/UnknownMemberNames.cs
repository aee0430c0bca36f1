using System;
using System.Buffers;
using System.ComponentModel;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// The unknown member names seen in one object, so that a repeated unknown name is rejected even when
/// unknown members are skipped. Names are kept unescaped in a stack buffer, then a pooled one; objects
/// rarely have more than a few unknown members, so a linear scan beats hashing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct UnknownMemberNames
{
    /// <summary>A good size for the stack buffer the caller passes in.</summary>
    public const int StackBufferLength = 256;

    private Span<byte> _buffer;
    private byte[]? _rented;
    private int _used;

    /// <summary>Starts with <paramref name="buffer"/>, usually stack memory.</summary>
    public UnknownMemberNames(Span<byte> buffer)
    {
        _buffer = buffer;
        _rented = null;
        _used = 0;
    }

    /// <summary>
    /// Records a property name token (<paramref name="raw"/> is its <c>ValueSpan</c>). Returns <see cref="StrictJsonErrorKind.None"/>,
    /// <see cref="StrictJsonErrorKind.DuplicateMember"/> or, for invalid Unicode, <see cref="StrictJsonErrorKind.InvalidJson"/>.
    /// </summary>
    public StrictJsonErrorKind Add(scoped ReadOnlySpan<byte> raw, bool isEscaped)
    {
        // Room for a two-byte length prefix and the name, which unescaping never lengthens.
        EnsureCapacity(raw.Length + 2);
        var target = _buffer.Slice(_used + 2);
        int length;
        if (isEscaped)
        {
            length = JsonStringUnescaper.Unescape(raw, target);
            if (length == JsonStringUnescaper.Invalid)
            {
                return StrictJsonErrorKind.InvalidJson;
            }
        }
        else
        {
            if (!System.Text.Unicode.Utf8.IsValid(raw))
            {
                return StrictJsonErrorKind.InvalidJson;
            }

            raw.CopyTo(target);
            length = raw.Length;
        }

        var name = target[..length];
        for (int at = 0; at < _used;)
        {
            int known = _buffer[at] | (_buffer[at + 1] << 8);
            if (_buffer.Slice(at + 2, known).SequenceEqual(name))
            {
                return StrictJsonErrorKind.DuplicateMember;
            }

            at += 2 + known;
        }

        // Names over 64 KiB can't be recorded in two bytes; no document that large gets here in practice,
        // and such a name is still validated above.
        if (length <= ushort.MaxValue)
        {
            _buffer[_used] = (byte)length;
            _buffer[_used + 1] = (byte)(length >> 8);
            _used += 2 + length;
        }

        return StrictJsonErrorKind.None;
    }

    /// <summary>Returns the pooled buffer, if one was taken.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void EnsureCapacity(int extra)
    {
        if (_used + extra <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _used + extra));
        _buffer[.._used].CopyTo(larger);
        Dispose();
        _rented = larger;
        _buffer = larger;
    }
}
