using System;
using System.Buffers;
using System.Text.Unicode;

namespace RunnerMetrics.Native;

/// <summary>Checks a single path component and copies it NUL-terminated for the <c>*at</c> calls.</summary>
internal static class FileName
{
    /// <summary>Linux <c>NAME_MAX</c>.</summary>
    internal const int MaxLength = 255;

    /// <summary>Room for the longest name plus its NUL; callers <c>stackalloc</c> this.</summary>
    internal const int BufferSize = MaxLength + 1;

    /// <summary>
    /// True when <paramref name="name"/> is one entry name (not empty, ".", "..", no '/' or NUL, at most
    /// <see cref="MaxLength"/> bytes), copied into <paramref name="destination"/> with a trailing NUL.
    /// </summary>
    internal static bool TryTerminate(scoped ReadOnlySpan<byte> name, Span<byte> destination, out ReadOnlySpan<byte> nameZ)
    {
        nameZ = default;
        if (name.IsEmpty || name.Length > MaxLength || destination.Length <= name.Length
            || name.IndexOfAny((byte)'/', (byte)0) >= 0
            || name.SequenceEqual("."u8) || name.SequenceEqual(".."u8))
        {
            return false;
        }

        name.CopyTo(destination);
        destination[name.Length] = 0;
        nameZ = destination[..(name.Length + 1)];
        return true;
    }

    /// <summary>
    /// The UTF-8 form of <paramref name="name"/> (strict: lone surrogates fail) checked and NUL-terminated
    /// as by the byte overload.
    /// </summary>
    internal static bool TryTerminate(string name, Span<byte> destination, out ReadOnlySpan<byte> nameZ)
    {
        nameZ = default;
        Span<byte> utf8 = stackalloc byte[BufferSize];
        if (Utf8.FromUtf16(name, utf8, out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }

        return TryTerminate(utf8[..written], destination, out nameZ);
    }
}
