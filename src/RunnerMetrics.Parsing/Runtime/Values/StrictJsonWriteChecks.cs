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
    public static void Throw(string path, string problem) => throw Create(path, problem, null);

    /// <summary>Whether <paramref name="exception"/> comes from these checks, so that an enclosing value can extend its path.</summary>
    public static bool IsWriteCheck(InvalidOperationException exception) =>
        exception is { Data: var data } && data[PathKey] is string && data[ProblemKey] is string;

    /// <summary>
    /// A nested object's exception seen from the member at <paramref name="memberPath"/>: the nested type's own paths
    /// start at its root (<c>$.name</c>), so <c>$.child</c> makes <c>$.child.name</c>.
    /// </summary>
    public static InvalidOperationException WithinMember(InvalidOperationException exception, string memberPath)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string inner = (string)exception.Data[PathKey]!;
        return Create(string.Concat(memberPath.AsSpan(), inner.AsSpan(1)), (string)exception.Data[ProblemKey]!, exception);
    }

    /// <summary>An element's exception seen from its collection at <paramref name="path"/>: <c>$.items.name</c> at 2 makes <c>$.items[2].name</c>.</summary>
    public static InvalidOperationException WithinElement(InvalidOperationException exception, string path, int index) =>
        Insert(exception, path, string.Create(CultureInfo.InvariantCulture, $"[{index}]"));

    /// <summary>A dictionary value's exception seen from its dictionary at <paramref name="path"/>, under <paramref name="key"/>.</summary>
    public static InvalidOperationException WithinKey(InvalidOperationException exception, string path, string key) =>
        Insert(exception, path, string.Concat("['", key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal), "']"));

    // The path and problem ride in Exception.Data rather than in an exception type of our own: callers keep catching
    // InvalidOperationException, and only a failed write pays for them.
    private const string PathKey = "RunnerMetrics.Parsing.StrictJsonWriteChecks.Path";
    private const string ProblemKey = "RunnerMetrics.Parsing.StrictJsonWriteChecks.Problem";

    private static InvalidOperationException Insert(InvalidOperationException exception, string path, string selector)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string inner = (string)exception.Data[PathKey]!;
        return inner.StartsWith(path, StringComparison.Ordinal)
            ? Create(string.Concat(path, selector, inner[path.Length..]), (string)exception.Data[ProblemKey]!, exception)
            : exception;
    }

    private static InvalidOperationException Create(string path, string problem, Exception? inner)
    {
        var exception = new InvalidOperationException($"The member at {path} {problem}.", inner);
        exception.Data[PathKey] = path;
        exception.Data[ProblemKey] = problem;
        return exception;
    }
}
