using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>Writes one member of a generated type.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrictJsonObjectWriter
{
    /// <summary>Writes <paramref name="name"/> and <paramref name="value"/> with <typeparamref name="TValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<TValue, T>(Utf8JsonWriter writer, JsonEncodedText name, T value, string path)
        where TValue : IStrictJsonValue<T>
    {
        System.ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        TValue.Write(writer, value, path);
    }
}
