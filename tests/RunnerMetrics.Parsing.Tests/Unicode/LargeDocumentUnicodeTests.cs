using System;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Unicode;

/// <summary>
/// From 512 bytes on, <c>TryParse</c> checks the whole document's UTF-8 at once and then skips the check of each
/// string: these pin that the shortcut loses nothing. Invalid UTF-8 still fails at its own token, and a lone
/// surrogate escape (valid UTF-8 bytes, invalid text) is still caught in skipped strings and names.
/// </summary>
public class LargeDocumentUnicodeTests
{
    // A skipped member that makes the document large enough for the whole-document check.
    private static readonly string Padding = "\"pad\":\"" + new string('x', 600) + "\",";

    [Theory]
    [MemberData(nameof(InvalidUtf8Tests.BadSequences), MemberType = typeof(InvalidUtf8Tests))]
    public void Invalid_utf8_in_a_skipped_value_is_reported_at_its_token(string hex)
    {
        byte[] json = [.. Expect.Utf8("{" + Padding + "\"id\":1,\"x\":[{\"y\":\""), .. Convert.FromHexString(hex), .. Expect.Utf8("\"}]}")];
        Assert.True(json.Length >= 512);
        Expect.Rejected<Lenient>(json, StrictJsonErrorKind.InvalidJson, "$", Expect.Utf8("{" + Padding + "\"id\":1,\"x\":[{\"y\":").Length);
    }

    [Theory]
    [InlineData("\"x\":\"\\ud800\"")]
    [InlineData("\"x\":[\"a\",{\"y\":\"\\udc00b\"}]")]
    [InlineData("\"\\ud800\":1")]
    [InlineData("\"x\":{\"\\udfff\":1}")]
    public void A_lone_surrogate_escape_in_skipped_content_is_rejected(string member)
    {
        var error = Expect.Rejected<Lenient>("{" + Padding + "\"id\":1," + member + "}");
        Assert.Equal(StrictJsonErrorKind.InvalidJson, error.Kind);
    }

    [Fact]
    public void Valid_text_of_every_length_is_accepted()
    {
        var value = Expect.Accepted<Lenient>("{" + Padding + "\"id\":7,\"x\":\"Aé✓𝄞\\ud834\\udd1e\",\"note\":\"é✓\"}");
        Assert.Equal(7, value.Id);
        Assert.Equal("é✓", value.Note);
    }
}
