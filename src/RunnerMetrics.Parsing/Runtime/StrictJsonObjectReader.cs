using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>The steps of reading one object's members that every generated type shares.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrictJsonObjectReader
{
    /// <summary>Checks the current token starts an object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryStart(ref Utf8JsonReader reader, out StrictJsonError error)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            error = default;
            return true;
        }

        return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, "$", out error);
    }

    /// <summary>Moves to the next member name; false at the end of the object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextMember(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>
    /// At the end of the object: the first required member (by declaration order) whose slot is still absent
    /// is missing. <paramref name="required"/> holds member indexes; <paramref name="paths"/> every member's path.
    /// </summary>
    public static bool TryEnd(ref Utf8JsonReader reader, StrictJsonTape tape, int block, ReadOnlySpan<ushort> required, string[] paths, out StrictJsonError error)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(paths);
        foreach (ushort member in required)
        {
            if (!tape.IsPresent(block + member))
            {
                return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.MissingMember, paths[member], out error);
            }
        }

        error = default;
        return true;
    }

    /// <summary>Rejects the member name the reader is on: no member of the type has it.</summary>
    public static bool RejectUnknown(ref Utf8JsonReader reader, out StrictJsonError error)
    {
        return StrictJsonReader.FailUnmatched(ref reader, StrictJsonErrorKind.UnknownMember, "$", out error);
    }

    /// <summary>
    /// Skips an unknown member's value (validated all the same); a name seen before in this object is a
    /// duplicate. <paramref name="names"/> hashes the unknown names, so any number of them costs linear time.
    /// </summary>
    public static bool TrySkipUnknown(ref Utf8JsonReader reader, StrictJsonTape tape, ref NameSet names, out StrictJsonError error)
    {
        ArgumentNullException.ThrowIfNull(tape);
        bool validUtf8 = tape.DocumentIsValidUtf8;
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            if (!validUtf8 && !System.Text.Unicode.Utf8.IsValid(raw))
            {
                return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.InvalidJson, "$", out error);
            }

            return TryAddUnknown(ref reader, ref names, raw, out error) && StrictJsonReader.TrySkipValue(ref reader, validUtf8, "$", out error);
        }

        // Unescaping never lengthens a name.
        byte[]? rented = raw.Length > NameSet.StackBufferLength ? System.Buffers.ArrayPool<byte>.Shared.Rent(raw.Length) : null;
        Span<byte> scratch = rented ?? stackalloc byte[NameSet.StackBufferLength];
        int length = JsonStringUnescaper.Unescape(raw, scratch);
        bool added = length == JsonStringUnescaper.Invalid
            ? Fail(ref reader, StrictJsonErrorKind.InvalidJson, out error)
            : TryAddUnknown(ref reader, ref names, scratch[..length], out error);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return added && StrictJsonReader.TrySkipValue(ref reader, validUtf8, "$", out error);
    }

    private static bool TryAddUnknown(ref Utf8JsonReader reader, ref NameSet names, scoped ReadOnlySpan<byte> name, out StrictJsonError error)
    {
        if (names.Add(name))
        {
            error = default;
            return true;
        }

        return Fail(ref reader, StrictJsonErrorKind.DuplicateMember, out error);
    }

    private static bool Fail(ref Utf8JsonReader reader, StrictJsonErrorKind kind, out StrictJsonError error)
    {
        return StrictJsonReader.Fail(ref reader, kind, "$", out error);
    }

    /// <summary>Checks a <c>[Range]</c> on the value just read into slot <paramref name="index"/>.</summary>
    public static bool TryCheckRange<TValue, T>(ref Utf8JsonReader reader, StrictJsonTape tape, int index, T minimum, T maximum, string path, out StrictJsonError error)
        where TValue : IStrictJsonValue<T>
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(tape);
        return TryCheckRange<TValue, T>(ref reader, tape, in tape[index], minimum, maximum, path, out error);
    }

    /// <summary>Checks a <c>[Range]</c> on the value just read into <paramref name="slot"/>.</summary>
    public static bool TryCheckRange<TValue, T>(ref Utf8JsonReader reader, StrictJsonTape tape, in StrictJsonSlot slot, T minimum, T maximum, string path, out StrictJsonError error)
        where TValue : IStrictJsonValue<T>
        where T : IComparable<T>
    {
        if (!slot.IsNull)
        {
            var value = TValue.Build(tape, slot);
            if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
            {
                return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.OutOfRange, path, out error);
            }
        }

        error = default;
        return true;
    }

    /// <summary>Checks <c>[MinLength]</c>/<c>[MaxLength]</c> (in UTF-16 code units) on the string just read into slot <paramref name="index"/>.</summary>
    public static bool TryCheckTextLength(ref Utf8JsonReader reader, StrictJsonTape tape, int index, int minimum, int maximum, string path, out StrictJsonError error)
    {
        ArgumentNullException.ThrowIfNull(tape);
        return TryCheckTextLength(ref reader, tape, in tape[index], minimum, maximum, path, out error);
    }

    /// <summary>Checks <c>[MinLength]</c>/<c>[MaxLength]</c> (in UTF-16 code units) on the string just read into <paramref name="slot"/>.</summary>
    public static bool TryCheckTextLength(ref Utf8JsonReader reader, StrictJsonTape tape, in StrictJsonSlot slot, int minimum, int maximum, string path, out StrictJsonError error)
    {
        ArgumentNullException.ThrowIfNull(tape);
        int length = slot.IsNull ? minimum
            : slot.IsPooledString ? tape.StringOf(slot).Length
            : Encoding.UTF8.GetCharCount(tape.TextOf(slot));
        return CheckLength(ref reader, length, minimum, maximum, path, out error);
    }

    /// <summary>The error for a required member missing from the object that just ended.</summary>
    public static bool Missing(ref Utf8JsonReader reader, string path, out StrictJsonError error) =>
        StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.MissingMember, path, out error);

    /// <summary>Checks <c>[MinLength]</c>/<c>[MaxLength]</c> on the element count of the collection just read into slot <paramref name="index"/>.</summary>
    public static bool TryCheckCount(ref Utf8JsonReader reader, StrictJsonTape tape, int index, int minimum, int maximum, string path, out StrictJsonError error)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ref var slot = ref tape[index];
        return CheckLength(ref reader, slot.IsNull ? minimum : slot.Length, minimum, maximum, path, out error);
    }

    private static bool CheckLength(ref Utf8JsonReader reader, int length, int minimum, int maximum, string path, out StrictJsonError error)
    {
        bool inRange = length >= minimum && length <= maximum;
        if (!inRange)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.OutOfRange, path, out error);
        }

        error = default;
        return true;
    }
}
