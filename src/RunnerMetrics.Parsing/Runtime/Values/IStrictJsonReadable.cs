using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// Reads one JSON shape in a parse's first pass. Implemented by small structs (one per kind and shape) so
/// generated code composes them as type arguments, and the JIT specializes and inlines each combination.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IStrictJsonReadable
{
    /// <summary>
    /// Reads the value at the reader's current token into <paramref name="slot"/>, leaving the reader on the
    /// value's last token. Errors carry <paramref name="path"/>, the JSONPath of the value.
    /// </summary>
    static abstract bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error);
}
