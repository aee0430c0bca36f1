using System;
using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// Reading a <c>[JsonPolymorphic]</c> base: a copy of the reader (a struct over the whole document, so a free
/// look-ahead) finds the discriminator wherever it stands, then the derived type reads the object itself.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrictJsonPolymorphism
{
    /// <summary>
    /// Finds the discriminator member of the object at the reader's current token and returns a reader on its
    /// value, which must be a string; a missing or repeated discriminator is an error.
    /// </summary>
    public static bool TryFindDiscriminator(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, string path, out Utf8JsonReader value, out StrictJsonError error)
    {
        value = default;
        if (!StrictJsonObjectReader.TryStart(ref reader, out error))
        {
            return false;
        }

        bool found = false;
        var scan = reader;
        Span<byte> scratch = stackalloc byte[NameSet.StackBufferLength];
        while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName)
        {
            bool isDiscriminator = StrictJsonReader.TryGetUnescaped(scan.ValueSpan, scan.ValueIsEscaped, scratch, out var text) && text.SequenceEqual(name);
            scan.Read();
            if (!isDiscriminator)
            {
                scan.Skip();
                continue;
            }

            if (found)
            {
                return StrictJsonReader.Fail(ref scan, StrictJsonErrorKind.DuplicateMember, path, out error);
            }

            if (scan.TokenType != JsonTokenType.String)
            {
                return StrictJsonReader.Fail(ref scan, StrictJsonErrorKind.UnexpectedToken, path, out error);
            }

            found = true;
            value = scan;
        }

        if (!found)
        {
            return StrictJsonReader.Fail(ref scan, StrictJsonErrorKind.MissingMember, path, out error);
        }

        error = default;
        return true;
    }

    /// <summary>The error for a discriminator value no derived type has.</summary>
    public static bool RejectCase(ref Utf8JsonReader discriminator, string path, out StrictJsonError error)
    {
        return StrictJsonReader.FailUnmatched(ref discriminator, StrictJsonErrorKind.InvalidValue, path, out error);
    }

    /// <summary>Reads the object as <typeparamref name="TDerived"/>, case <paramref name="caseIndex"/>, into the base's slot <paramref name="block"/>.</summary>
    public static bool TryReadCase<TDerived>(ref Utf8JsonReader reader, StrictJsonTape tape, int block, int caseIndex, out StrictJsonError error)
        where TDerived : IStrictJsonObject<TDerived>
    {
        ArgumentNullException.ThrowIfNull(tape);
        if (!TDerived.TryReadSlots(ref reader, tape, out int derivedBlock, out error))
        {
            return false;
        }

        var slot = StrictJsonSlot.Of(caseIndex);
        slot.Start = derivedBlock;
        tape[block] = slot;
        return true;
    }

    /// <summary>The case <see cref="TryReadCase"/> recorded in slot <paramref name="block"/>.</summary>
    public static int CaseOf(StrictJsonTape tape, int block)
    {
        ArgumentNullException.ThrowIfNull(tape);
        return tape[block].Get<int>();
    }

    /// <summary>Builds the derived value <see cref="TryReadCase"/> read.</summary>
    public static TDerived BuildCase<TDerived>(StrictJsonTape tape, int block)
        where TDerived : IStrictJsonObject<TDerived>
    {
        ArgumentNullException.ThrowIfNull(tape);
        return TDerived.Build(tape, tape[block].Start);
    }

    /// <summary>
    /// In a derived type, reads its own discriminator where it stands: it must be the type's own value
    /// (slot <paramref name="index"/> marks it seen, so a repeat is a duplicate).
    /// </summary>
    public static bool TryReadDiscriminator(ref Utf8JsonReader reader, StrictJsonTape tape, int index, ReadOnlySpan<byte> expected, string path, out StrictJsonError error)
    {
        ArgumentNullException.ThrowIfNull(tape);
        if (tape.IsPresent(index))
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.DuplicateMember, path, out error);
        }

        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out error);
        }

        Span<byte> scratch = stackalloc byte[NameSet.StackBufferLength];
        if (!StrictJsonReader.TryGetUnescaped(reader.ValueSpan, reader.ValueIsEscaped, scratch, out var text) || !text.SequenceEqual(expected))
        {
            return StrictJsonReader.FailUnmatched(ref reader, StrictJsonErrorKind.InvalidValue, path, out error);
        }

        tape[index] = default;
        error = default;
        return true;
    }

    /// <summary>Throws when a base value is not one of its <c>[JsonDerivedType]</c>s: without a discriminator it can't be read back.</summary>
    public static void ThrowNotDerived(object value, string baseName)
    {
        ArgumentNullException.ThrowIfNull(value);
        throw new InvalidOperationException(
            $"A {value.GetType().Name} can't be written as a {baseName}: only its [JsonDerivedType]s have a discriminator to be read back by.");
    }
}
