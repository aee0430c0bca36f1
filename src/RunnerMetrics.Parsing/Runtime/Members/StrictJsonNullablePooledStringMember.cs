using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>A <see cref="StrictJsonPooledStringMember"/> that also accepts JSON <c>null</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct StrictJsonNullablePooledStringMember
{
    private StrictJsonPooledStringMember _value;
    private bool _isNull;

    /// <inheritdoc cref="StrictJsonMember{TValue, T}.IsPresent"/>
    public readonly bool IsPresent => _isNull || _value.IsPresent;

    /// <inheritdoc cref="StrictJsonPooledStringMember.TryRead"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(ref Utf8JsonReader reader, StrictJsonTape tape, int recent, string path, out StrictJsonError error)
    {
        if (IsPresent)
        {
            return StrictJsonReader.Fail(ref reader, StrictJsonErrorKind.DuplicateMember, path, out error);
        }

        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            _isNull = true;
            error = default;
            return true;
        }

        return _value.TryReadValue(ref reader, tape, recent, path, out error);
    }

    /// <inheritdoc cref="StrictJsonMember{TValue, T}.Build"/>
    public readonly string? Build(StrictJsonTape tape) => _isNull ? null : _value.Build(tape);

    /// <inheritdoc cref="StrictJsonMember{TValue, T}.BuildOrDefault"/>
    public readonly string? BuildOrDefault(StrictJsonTape tape, string? absent) => IsPresent ? Build(tape) : absent;
}
