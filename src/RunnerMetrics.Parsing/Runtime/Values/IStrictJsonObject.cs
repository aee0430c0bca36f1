using System.ComponentModel;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>What the generator adds to every <c>[StrictJson]</c> type so that other types can nest it.</summary>
/// <typeparam name="TSelf">The generated type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IStrictJsonObject<TSelf>
{
    /// <summary>Reads an object into a block of tape slots (first pass); errors are relative to it (<c>$</c>).</summary>
    static abstract bool TryReadSlots(ref Utf8JsonReader reader, StrictJsonTape tape, out int block, out StrictJsonError error);

    /// <summary>Builds the value from the block <see cref="TryReadSlots"/> filled (second pass).</summary>
    static abstract TSelf Build(StrictJsonTape tape, int block);
}
