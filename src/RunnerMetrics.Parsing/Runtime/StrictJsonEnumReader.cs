using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>What the generated enum shapes share: the value is recorded as the index of its name.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrictJsonEnumReader
{
    /// <summary>The index a generated matcher returns for a name that matched no value.</summary>
    public const int NoMatch = -1;

    /// <summary>Passed instead of an index when the token is not a string.</summary>
    public const int NotText = -2;

    /// <summary>Records the value whose name had index <paramref name="index"/>, or the error for <see cref="NoMatch"/> and <see cref="NotText"/>.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, int index, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        slot = StrictJsonSlot.Of(index);
        if (index >= 0)
        {
            error = default;
            return true;
        }

        return index == NotText
            ? StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.UnexpectedToken, path, out error)
            : StrictJsonReader.FailUnmatched(ref reader, StrictJsonErrorKind.InvalidValue, path, out error);
    }

    /// <summary>The index <see cref="TryRead"/> recorded.</summary>
    public static int IndexOf(in StrictJsonSlot slot) => slot.Get<int>();

    /// <summary>Throws for a value that is not a named value of its enum (such as <c>(Status)42</c>).</summary>
    [DoesNotReturn]
    public static JsonEncodedText Unnamed<TEnum>(TEnum value, string path)
        where TEnum : struct, Enum
    {
        StrictJsonWriteChecks.Throw(path, $"is {typeof(TEnum).Name} value {value}, which has no JSON name");
        return default;
    }
}
