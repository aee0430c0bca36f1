using System;
using CsCheck;

namespace RunnerMetrics.Parsing.Tests.Properties;

/// <summary>One random edit of a document: flip a bit, insert or delete a byte, or cut the rest off.</summary>
internal readonly record struct Mutation(Mutation.Kind Edit, int Position, byte Value)
{
    internal enum Kind
    {
        FlipBit,
        Insert,
        Delete,
        Truncate,
    }

    /// <summary>JSON's structural bytes and bytes that start or break UTF-8, beside any byte at all.</summary>
    private static readonly Gen<byte> Bytes = Gen.Frequency(
        (1, Gen.Byte),
        (1, Gen.OneOfConst("\"\\{}[],:0-.eEu \t\nntf"u8.ToArray())),
        (1, Gen.OneOfConst<byte>(0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF8, 0xFF)));

    public static readonly Gen<Mutation> Any = Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, int.MaxValue], Bytes, (edit, position, value) => new Mutation(edit, position, value));

    public byte[] ApplyTo(byte[] document)
    {
        int at = Position % (document.Length + 1);
        return Edit switch
        {
            Kind.FlipBit when at < document.Length => Flip(document, at),
            Kind.Insert => [.. document.AsSpan(0, at), Value, .. document.AsSpan(at)],
            Kind.Delete when at < document.Length => [.. document.AsSpan(0, at), .. document.AsSpan(at + 1)],
            _ => document[..at],
        };
    }

    private byte[] Flip(byte[] document, int at)
    {
        byte[] copy = (byte[])document.Clone();
        copy[at] ^= (byte)(1 << (Value & 7));
        return copy;
    }
}
