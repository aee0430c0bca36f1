using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// Checks a value is inside the JSON domain before it is written, so that a bad value throws an exception
/// naming its member instead of a <see cref="NullReferenceException"/> or a silently replaced character.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrictJsonWriteChecks
{
    private const int ShortText = 64;

    /// <summary>Throws when a member that can't be <c>null</c> is.</summary>
    public static void NotNull<T>([NotNull] T value, string path)
    {
        if (value is null)
        {
            Throw(path, "is null, but its type does not allow null");
        }
    }

    /// <summary>Throws when <paramref name="value"/> holds a lone surrogate, which has no UTF-8 form.</summary>
    public static void ValidText(string value, string path)
    {
        // Short strings (most members) take a plain loop: the vectorized search is generic, and until the JIT
        // tiers it up it boxes on every call, which would show as allocation in a process's first seconds.
        var text = value.AsSpan();
        int surrogate = text.Length <= ShortText ? IndexOfSurrogate(text) : text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (surrogate >= 0)
        {
            text = text[surrogate..];
            if (text.Length < 2 || !char.IsHighSurrogate(text[0]) || !char.IsLowSurrogate(text[1]))
            {
                Throw(path, "holds a lone surrogate, which JSON text can't carry");
            }

            text = text[2..];
            surrogate = IndexOfSurrogate(text);
        }
    }

    /// <summary>Throws for NaN and infinities, which JSON numbers can't express.</summary>
    public static void Finite(double value, string path)
    {
        if (!double.IsFinite(value))
        {
            Throw(path, string.Create(CultureInfo.InvariantCulture, $"is {value}, which is not a JSON number"));
        }
    }

    private static int IndexOfSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Throws for a value the member's type can't write, such as an enum value with no name.</summary>
    [DoesNotReturn]
    public static void Throw(string path, string problem) =>
        throw new InvalidOperationException($"The member at {path} {problem}.");
}
