using System;
using System.Buffers.Binary;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// A keyed hash of short UTF-8 texts (member names, pooled values), 8 bytes at a time: a 128-bit multiply folded
/// to 64 bits, as wyhash does. Names are short, so this is a few multiplies where a byte-wise hash would loop over
/// every byte. The secrets are drawn at random per process, so a document can't be crafted to collide.
/// </summary>
internal static class KeyedHash
{
    private static readonly ulong s_secret0 = (ulong)Random.Shared.NextInt64() | 1;
    private static readonly ulong s_secret1 = (ulong)Random.Shared.NextInt64() | 1;

    public static int Of(ReadOnlySpan<byte> text)
    {
        ulong hash = s_secret0 ^ (ulong)text.Length;
        while (text.Length > sizeof(ulong))
        {
            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(text), s_secret1);
            text = text[sizeof(ulong)..];
        }

        hash = Mix(hash ^ Tail(text), s_secret1);
        return (int)(hash ^ (hash >> 32));
    }

    // The last 1 to 8 bytes in one word, without a loop: overlapping reads cover every byte, and the length is
    // already in the hash, so different texts of one length give different words.
    private static ulong Tail(ReadOnlySpan<byte> text) => text.Length switch
    {
        0 => 0,
        < 4 => text[0] | ((ulong)text[text.Length / 2] << 8) | ((ulong)text[^1] << 16),
        < 8 => BinaryPrimitives.ReadUInt32LittleEndian(text) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(text[^4..]) << 32),
        _ => BinaryPrimitives.ReadUInt64LittleEndian(text),
    };

    private static ulong Mix(ulong a, ulong b)
    {
        ulong high = Math.BigMul(a, b, out ulong low);
        return high ^ low;
    }
}
