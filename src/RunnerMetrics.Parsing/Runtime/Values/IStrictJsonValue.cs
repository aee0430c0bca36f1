using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A JSON shape that builds and writes values of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The .NET type it reads into.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IStrictJsonValue<T> : IStrictJsonReadable
{
    /// <summary>Builds the value a successful <see cref="IStrictJsonReadable.TryRead"/> recorded.</summary>
    static abstract T Build(StrictJsonTape tape, in StrictJsonSlot slot);

    /// <summary>
    /// Writes <paramref name="value"/>; a value outside the JSON domain (null where not allowed, NaN, an unnamed
    /// enum value, a lone surrogate) throws an exception naming <paramref name="path"/>.
    /// </summary>
    static abstract void Write(Utf8JsonWriter writer, T value, string path);
}
