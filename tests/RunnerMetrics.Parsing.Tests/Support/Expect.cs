using System;
using System.Text;

namespace RunnerMetrics.Parsing.Tests.Support;

/// <summary>Assertions shared by the behaviour tests: every rejection is checked through both TryParse and Parse.</summary>
internal static class Expect
{
    /// <summary>The document as UTF-8.</summary>
    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>The UTF-8 byte offset of the first occurrence of <paramref name="marker"/> in <paramref name="json"/>.</summary>
    public static long At(string json, string marker)
    {
        int index = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker {marker} not in {json}");
        return Encoding.UTF8.GetByteCount(json.AsSpan(0, index));
    }

    public static T Accepted<T>(string json)
        where T : IStrictJsonParsable<T> => Accepted<T>(Utf8(json));

    public static T Accepted<T>(ReadOnlySpan<byte> json)
        where T : IStrictJsonParsable<T>
    {
        bool ok = T.TryParse(json, out var value, out var error);
        Assert.True(ok, $"rejected with {error}");
        Assert.Equal(StrictJsonErrorKind.None, error.Kind);
        Assert.False(error.IsError);
        Assert.NotNull(value);
        return value;
    }

    public static StrictJsonError Rejected<T>(string json)
        where T : IStrictJsonParsable<T> => Rejected<T>(Utf8(json));

    /// <summary>Rejected by TryParse without throwing, and Parse throws a StrictJsonException with the same error.</summary>
    public static StrictJsonError Rejected<T>(ReadOnlySpan<byte> json)
        where T : IStrictJsonParsable<T>
    {
        bool ok;
        StrictJsonError error;
        try
        {
            ok = T.TryParse(json, out _, out error);
        }
        catch (Exception exception)
        {
            Assert.Fail($"TryParse threw {exception}");
            throw;
        }

        Assert.False(ok, "accepted");
        Assert.True(error.IsError);
        var copy = json.ToArray();
        var thrown = Assert.Throws<StrictJsonException>(() => T.Parse(copy));
        Assert.Equal(error, thrown.Error);
        return error;
    }

    public static void Rejected<T>(string json, StrictJsonErrorKind kind, string path, long bytePosition)
        where T : IStrictJsonParsable<T> => Rejected<T>(Utf8(json), kind, path, bytePosition);

    public static void Rejected<T>(ReadOnlySpan<byte> json, StrictJsonErrorKind kind, string path, long bytePosition)
        where T : IStrictJsonParsable<T>
    {
        var error = Rejected<T>(json);
        Assert.Equal((kind, path, bytePosition), (error.Kind, error.Path, error.BytePosition));
    }

    /// <summary>Rejected with the error at the first occurrence of <paramref name="marker"/>.</summary>
    public static void RejectedAt<T>(string json, StrictJsonErrorKind kind, string path, string marker)
        where T : IStrictJsonParsable<T> => Rejected<T>(json, kind, path, At(json, marker));

    /// <summary>Rejected with the given kind, wherever.</summary>
    public static void RejectedAs<T>(string json, StrictJsonErrorKind kind)
        where T : IStrictJsonParsable<T> => RejectedAs<T>(Utf8(json), kind);

    public static void RejectedAs<T>(ReadOnlySpan<byte> json, StrictJsonErrorKind kind)
        where T : IStrictJsonParsable<T> => Assert.Equal(kind, Rejected<T>(json).Kind);

    /// <summary>TryParse returns (either way) without throwing.</summary>
    public static bool DoesNotThrow<T>(ReadOnlySpan<byte> json)
        where T : IStrictJsonParsable<T>
    {
        try
        {
            bool ok = T.TryParse(json, out _, out var error);
            Assert.Equal(ok, !error.IsError);
            return ok;
        }
        catch (Exception exception)
        {
            Assert.Fail($"TryParse threw for [{Convert.ToHexString(json)}]: {exception}");
            throw;
        }
    }

    /// <summary>What <see cref="IStrictJsonParsable{TSelf}.WriteTo"/> writes.</summary>
    public static byte[] Written<T>(T value)
        where T : IStrictJsonParsable<T>
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string WrittenText<T>(T value)
        where T : IStrictJsonParsable<T> => Encoding.UTF8.GetString(Written(value));
}
