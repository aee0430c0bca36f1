using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

public class StringTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("-1.5")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void A_string_member_rejects_non_strings(string value) =>
        Expect.RejectedAt<Measurement>($$"""{"name":{{value}},"value":1,"signal":"none"}""", StrictJsonErrorKind.UnexpectedToken, "$.name", value);

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"\"")]
    [InlineData("\"true\"")]
    public void A_number_member_rejects_strings(string value) =>
        Expect.RejectedAt<Measurement>($$"""{"name":"n","value":{{value}},"signal":"none"}""", StrictJsonErrorKind.UnexpectedToken, "$.value", value);

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("1")]
    [InlineData("0")]
    public void A_bool_member_rejects_non_booleans(string value)
    {
        string json = $$"""{"text":"","flag":{{value}},"small":0,"big":0,"ratio":0,"status":"normal","exit":{"code":0},"tags":["t"]}""";
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.UnexpectedToken, "$.flag", value);
    }

    [Theory]
    [InlineData(@"\""", "\"")]
    [InlineData(@"\\", "\\")]
    [InlineData(@"\/", "/")]
    [InlineData(@"\b\f\n\r\t", "\b\f\n\r\t")]
    [InlineData(@"\u0000", "\0")]
    [InlineData(@"\u00e9\u00E9", "éé")]
    [InlineData(@"\uffff", "\uffff")]
    [InlineData("é✓𝄞", "é✓𝄞")]
    [InlineData(@"a\u0062c", "abc")]
    public void Escapes_are_decoded(string raw, string expected) =>
        Assert.Equal(expected, Expect.Accepted<Measurement>($$"""{"name":"{{raw}}","value":1,"signal":"none"}""").Name);

    [Fact]
    public void A_long_escaped_string_is_decoded()
    {
        string raw = string.Concat(System.Linq.Enumerable.Repeat(@"\u00e9x", 500));
        string expected = string.Concat(System.Linq.Enumerable.Repeat("éx", 500));
        Assert.Equal(expected, Expect.Accepted<Measurement>($$"""{"name":"{{raw}}","value":1,"signal":"none"}""").Name);
    }

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\n")]
    [InlineData("\t")]
    [InlineData("\u001f")]
    public void Raw_control_characters_in_strings_are_invalid_json(string control) =>
        Expect.RejectedAs<Measurement>($$"""{"name":"a{{control}}b","value":1,"signal":"none"}""", StrictJsonErrorKind.InvalidJson);

    [Theory]
    [InlineData(@"\x41")]
    [InlineData(@"\u12")]
    [InlineData(@"\U0041")]
    [InlineData(@"\'")]
    public void Invalid_escapes_are_invalid_json(string raw) =>
        Expect.RejectedAs<Measurement>($$"""{"name":"{{raw}}","value":1,"signal":"none"}""", StrictJsonErrorKind.InvalidJson);

    [Fact]
    public void Single_quoted_strings_are_invalid_json() =>
        Expect.RejectedAs<Measurement>("""{"name":'n',"value":1,"signal":"none"}""", StrictJsonErrorKind.InvalidJson);
}
