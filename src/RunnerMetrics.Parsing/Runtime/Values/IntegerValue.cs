using System.ComponentModel;
using System.Numerics;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// JSON integer literals of every width, <c>byte</c> to <c>ulong</c>, with exact range checks: a fraction or an
/// exponent is <see cref="StrictJsonErrorKind.InvalidValue"/>, a value outside the type <see cref="StrictJsonErrorKind.OutOfRange"/>.
/// </summary>
/// <typeparam name="T">The integer type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct IntegerValue<T> : IStrictJsonValue<T>
    where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
{
    /// <inheritdoc/>
    public static bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, string path, out StrictJsonSlot slot, out StrictJsonError error)
    {
        // The type tests are constants to the JIT: each width compiles to its own single branch.
        bool ok = false;
        T value = default;
        if (reader.TokenType != JsonTokenType.Number)
        {
        }
        else if (typeof(T) == typeof(ulong))
        {
            ok = reader.TryGetUInt64(out ulong unsigned);
            value = T.CreateTruncating(unsigned);
        }
        else
        {
            // -0 fits every width, but an unsigned type takes no sign: TryGetUInt64 above refuses it for ulong, and
            // System.Text.Json for every unsigned width, so the narrower ones read through long must refuse it too.
            ok = reader.TryGetInt64(out long signed)
                && signed >= long.CreateTruncating(T.MinValue) && signed <= long.CreateTruncating(T.MaxValue)
                && !(signed == 0 && T.IsZero(T.MinValue) && reader.ValueSpan[0] == (byte)'-');
            value = T.CreateTruncating(signed);
        }

        slot = StrictJsonSlot.Of(value);
        if (ok)
        {
            error = default;
            return true;
        }

        return StrictJsonReader.Fail(ref reader, StrictJsonReader.IntegerErrorKind(ref reader), path, out error);
    }

    /// <inheritdoc/>
    public static T Build(StrictJsonTape tape, in StrictJsonSlot slot) => slot.Get<T>();

    /// <inheritdoc/>
    public static void Write(Utf8JsonWriter writer, T value, string path)
    {
        if (T.IsNegative(value))
        {
            writer.WriteNumberValue(long.CreateTruncating(value));
        }
        else
        {
            writer.WriteNumberValue(ulong.CreateTruncating(value));
        }
    }
}
