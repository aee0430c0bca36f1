using System;
using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using RunnerMetrics.Parsing.Tests.Samples;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

/// <summary>A flat type: read in one pass at the top level, through tape slots when nested.</summary>
[StrictJson(InternStrings = true)]
public sealed partial record OnePassInterned
{
    public required string Name { get; init; }

    public string? Note { get; init; } = "kept";

    [Range(1, 10)]
    public int Level { get; init; }

    public JobStatus? Status { get; init; }

    public double? Ratio { get; init; }

    [MaxLength(4)]
    public string Code { get; init; } = "";
}

/// <summary>Nests <see cref="OnePassInterned"/>, so it is read through tape slots.</summary>
[StrictJson(InternStrings = true)]
public sealed partial record OnePassInternedHolder(OnePassInterned Inner);

/// <summary>A flat record with plain strings and constructor defaults.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record OnePassPlain(string Name, long Count = 7, Guid? Id = null, bool Flag = true);

/// <summary>Nests <see cref="OnePassPlain"/>.</summary>
[StrictJson]
public sealed partial record OnePassPlainHolder(OnePassPlain Inner);

/// <summary>
/// A flat type's one-pass parse (members in locals) and the tape path it takes when another type nests it must
/// agree on every document: the same value, or the same error at the same place.
/// </summary>
public class OnePassParityTests
{
    private const string Prefix = """{"inner":""";

    [Theory]
    [InlineData("""{"name":"a","level":3,"code":"c"}""")]
    [InlineData("""{"name":"a","level":3}""")]
    [InlineData("""{"name":"a","level":3,"note":null,"status":"abnormal","ratio":0.5,"code":"ab"}""")]
    [InlineData("""{"level":3,"name":"a","note":"x","status":null,"ratio":null,"code":""}""")]
    [InlineData("""{"n\u0061me":"\u0061b","level":10,"code":"\u00e9t\u00e9"}""")]
    [InlineData("""{"name":"a","level":3,"name":"b"}""")]
    [InlineData("""{"name":"a","level":3,"note":null,"note":null}""")]
    [InlineData("""{"name":"a"}""")]
    [InlineData("""{"level":3}""")]
    [InlineData("""{}""")]
    [InlineData("""{"name":"a","level":11}""")]
    [InlineData("""{"name":"a","level":0}""")]
    [InlineData("""{"name":"a","level":3,"code":"abcde"}""")]
    [InlineData("""{"name":"a","level":3,"extra":1}""")]
    [InlineData("""{"name":null,"level":3}""")]
    [InlineData("""{"name":1,"level":3}""")]
    [InlineData("""{"name":"a","level":3.5}""")]
    [InlineData("""{"name":"a","level":3,"status":"flying"}""")]
    [InlineData("""{"name":"\ud800","level":3}""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    public void Interned_type_agrees_with_its_nested_read(string json) => AssertParity<OnePassInterned, OnePassInternedHolder>(json, h => h.Inner);

    [Theory]
    [InlineData("""{"name":"a"}""")]
    [InlineData("""{"name":"a","count":-1,"id":"8c2d56f0-7d9a-4a7c-9a51-1d2e3f4a5b6c","flag":false}""")]
    [InlineData("""{"name":"a","id":null,"unknown":{"deep":[1,2,{"x":null}]}}""")]
    [InlineData("""{"name":"a","unknown":1,"unknown":2}""")]
    [InlineData("""{"name":"a","count":9223372036854775808}""")]
    [InlineData("""{"name":"a","id":"8C2D56F0-7D9A-4A7C-9A51-1D2E3F4A5B6C"}""")]
    [InlineData("""{"name":"a","id":"8c2d56f07d9a4a7c9a511d2e3f4a5b6c"}""")]
    [InlineData("""{"name":"a","flag":"true"}""")]
    [InlineData("""{"count":1}""")]
    public void Plain_type_agrees_with_its_nested_read(string json) => AssertParity<OnePassPlain, OnePassPlainHolder>(json, h => h.Inner);

    [Fact]
    public void An_absent_optional_member_keeps_its_initializer_or_default_on_both_paths()
    {
        var interned = Support.Expect.Accepted<OnePassInterned>("""{"name":"a","level":3,"code":"c"}""");
        Assert.Equal("kept", interned.Note);
        Assert.Null(interned.Status);
        var plain = Support.Expect.Accepted<OnePassPlain>("""{"name":"a"}""");
        Assert.Equal(new OnePassPlain("a", 7, null, true), plain);
        Assert.Equal(plain, Support.Expect.Accepted<OnePassPlainHolder>("""{"inner":{"name":"a"}}""").Inner);
    }

    [Fact]
    public void Pooled_and_new_strings_come_back_equal()
    {
        // The first parse puts the values in the pool; the second finds them there.
        string json = """{"name":"one-pass-pooled","level":2,"code":"pq"}""";
        var first = Support.Expect.Accepted<OnePassInterned>(json);
        var second = Support.Expect.Accepted<OnePassInterned>(json);
        Assert.Equal(first, second);
        Assert.Same(first.Name, second.Name);
    }

    private static void AssertParity<T, THolder>(string json, Func<THolder, T> inner)
        where T : IStrictJsonParsable<T>
        where THolder : IStrictJsonParsable<THolder>
    {
        byte[] alone = Encoding.UTF8.GetBytes(json);
        byte[] nested = Encoding.UTF8.GetBytes(Prefix + json + "}");
        bool aloneOk = T.TryParse(alone, out var aloneValue, out var aloneError);
        bool nestedOk = THolder.TryParse(nested, out var holder, out var nestedError);
        var reader = new Utf8JsonReader(alone);
        reader.Read();
        bool readOk = T.TryRead(ref reader, out var readValue, out var readError);

        Assert.Equal(aloneOk, nestedOk);
        Assert.Equal(aloneOk, readOk);
        if (aloneOk)
        {
            Assert.Equal(aloneValue, inner(holder!));
            Assert.Equal(aloneValue, readValue);
            return;
        }

        Assert.Equal(aloneError, readError);
        Assert.Equal(aloneError.Kind, nestedError.Kind);
        Assert.Equal(aloneError.BytePosition + Prefix.Length, nestedError.BytePosition);
        Assert.Equal(aloneError.Path == "$" ? "$.inner" : "$.inner" + aloneError.Path[1..], nestedError.Path);
    }
}
