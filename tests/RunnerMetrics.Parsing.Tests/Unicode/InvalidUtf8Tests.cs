using System;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Unicode;

/// <summary>
/// Invalid UTF-8 is invalid JSON wherever it is, though <c>Utf8JsonReader</c> lets it through inside
/// strings: the error points at the string token that holds it.
/// </summary>
public class InvalidUtf8Tests
{
    public static TheoryData<string> BadSequences => new()
    {
        "FF",           // never valid
        "C0AF",         // overlong '/'
        "E080AF",       // overlong, three bytes
        "EDA080",       // a surrogate (U+D800) encoded directly
        "F4908080",     // beyond U+10FFFF
        "80",           // a lone continuation byte
        "C3",           // truncated two-byte sequence
        "E282",         // truncated three-byte sequence
    };

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_a_string_value(string hex) =>
        Expect.Rejected<Measurement>(Splice("""{"value":1,"name":"a""", hex, """b","signal":"none"}"""), StrictJsonErrorKind.InvalidJson, "$.name", 18);

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_a_string_value_that_also_has_escapes(string hex) =>
        Expect.Rejected<Measurement>(Splice("""{"value":1,"name":"\n""", hex, """\t","signal":"none"}"""), StrictJsonErrorKind.InvalidJson, "$.name", 18);

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_an_interned_string_value(string hex) =>
        Expect.Rejected<InternedEnd>(Splice("{\"timestamp\":1,\"status\":\"normal\",\"note\":\"", hex, "\"}"), StrictJsonErrorKind.InvalidJson, "$.note", 40);

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_an_array_element(string hex)
    {
        byte[] json = Splice("{\"matrix\":[],\"cube\":[[[\"ok\",\"", hex, "\"]]]}");
        Expect.Rejected<Arrays>(json, StrictJsonErrorKind.InvalidJson, "$.cube[0][0][1]", 28);
    }

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_a_skipped_member_name(string hex) =>
        Expect.Rejected<Lenient>(Splice("""{"id":1,"x""", hex, "\":0}"), StrictJsonErrorKind.InvalidJson, "$", 8);

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_a_skipped_value(string hex) =>
        Expect.Rejected<Lenient>(Splice("{\"id\":1,\"x\":[{\"y\":\"", hex, "\"}]}"), StrictJsonErrorKind.InvalidJson, "$", 18);

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_a_name_inside_a_skipped_value(string hex) =>
        Expect.Rejected<Lenient>(Splice("{\"id\":1,\"x\":{\"", hex, "\":1}}"), StrictJsonErrorKind.InvalidJson, "$", 13);

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_a_member_name_of_a_rejecting_type(string hex) =>
        Expect.Rejected<JobEnd>(Splice("{\"timestamp\":1,\"status\":\"normal\",\"", hex, "\":1}"), StrictJsonErrorKind.InvalidJson, "$", 33);

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void In_an_enum_value(string hex) =>
        Expect.Rejected<JobEnd>(Splice("""{"timestamp":1,"status":"normal""", hex, "\"}"), StrictJsonErrorKind.InvalidJson, "$.status", 24);

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void Outside_strings(string hex) =>
        Expect.RejectedAs<Lenient>(Splice("""{"id":1""", hex, "}"), StrictJsonErrorKind.InvalidJson);

    [Fact]
    public void Every_length_of_valid_utf8_is_accepted()
    {
        var value = Expect.Accepted<Measurement>(Splice("{\"value\":1,\"name\":\"", "41C3A9E29C93F09D849E", "\",\"signal\":\"none\"}"));
        Assert.Equal("Aé✓𝄞", value.Name);
    }

    /// <summary>The UTF-8 of <paramref name="before"/>, the bytes in <paramref name="hex"/>, then <paramref name="after"/>.</summary>
    private static byte[] Splice(string before, string hex, string after) =>
        [.. Expect.Utf8(before), .. Convert.FromHexString(hex), .. Expect.Utf8(after)];
}
