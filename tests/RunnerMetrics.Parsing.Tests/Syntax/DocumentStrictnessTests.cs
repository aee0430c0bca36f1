using System.Linq;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Syntax;

/// <summary>One RFC 8259 value per document: no BOM, no trailing data, no comments, no trailing commas.</summary>
public class DocumentStrictnessTests
{
    [Fact]
    public void A_byte_order_mark_is_invalid_json_at_byte_zero()
    {
        Expect.Rejected<Lenient>("\uFEFF{\"id\":1}", StrictJsonErrorKind.InvalidJson, "$", 0);
        Expect.Rejected<Lenient>([0xEF, 0xBB, .. "{\"id\":1}"u8], StrictJsonErrorKind.InvalidJson, "$", 0);
    }

    [Theory]
    [InlineData("""{"id":1} {"id":2}""", 9)]
    [InlineData("""{"id":1}x""", 8)]
    [InlineData("""{"id":1},""", 8)]
    [InlineData("""{"id":1}}""", 8)]
    [InlineData("{\"id\":1}\n\n  1", 12)]
    [InlineData("{\"id\":1} \u0000", 9)]
    public void Data_after_the_value_is_invalid_json_where_it_starts(string json, long position) =>
        Expect.Rejected<Lenient>(json, StrictJsonErrorKind.InvalidJson, "$", position);

    [Theory]
    [InlineData("{\"id\":1}\n")]
    [InlineData(" \t\r\n{\"id\":1} \t\r\n")]
    public void Json_whitespace_around_the_value_is_allowed(string json) =>
        Assert.Equal(1, Expect.Accepted<Lenient>(json).Id);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\t ")]
    public void An_empty_document_is_invalid_json(string json) =>
        Expect.RejectedAs<Lenient>(json, StrictJsonErrorKind.InvalidJson);

    [Theory]
    [InlineData("{\"id\":1}\f")]
    [InlineData("\u00a0{\"id\":1}")]
    [InlineData("{\"id\":1}\u2028")]
    [InlineData("{\"id\":\v1}")]
    public void Other_whitespace_is_invalid_json(string json) =>
        Expect.RejectedAs<Lenient>(json, StrictJsonErrorKind.InvalidJson);

    [Theory]
    [InlineData("""{"id":1 /* c */}""")]
    [InlineData("{\"id\":1}// c")]
    [InlineData("// c\n{\"id\":1}")]
    [InlineData("""{"id":1,"x":[1/**/]}""")]
    public void Comments_are_invalid_json(string json) =>
        Expect.RejectedAs<Lenient>(json, StrictJsonErrorKind.InvalidJson);

    [Theory]
    [InlineData("""{"id":1,}""")]
    [InlineData("""{"id":1,"x":[1,]}""")]
    [InlineData("""{"id":1,"x":{"a":1,}}""")]
    [InlineData("""{,"id":1}""")]
    public void Trailing_and_leading_commas_are_invalid_json(string json) =>
        Expect.RejectedAs<Lenient>(json, StrictJsonErrorKind.InvalidJson);

    [Fact]
    public void Sixty_four_levels_are_allowed_and_sixty_five_are_invalid_json()
    {
        // The object itself is level one; the skipped member's arrays add the rest.
        Assert.Equal(1, Expect.Accepted<Lenient>(Nested(63)).Id);
        Expect.RejectedAs<Lenient>(Nested(64), StrictJsonErrorKind.InvalidJson);
        Expect.RejectedAs<Lenient>(Nested(100_000), StrictJsonErrorKind.InvalidJson);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("1")]
    [InlineData("\"id\"")]
    [InlineData("[{\"id\":1}]")]
    [InlineData("true")]
    public void A_document_that_is_not_an_object_is_an_unexpected_token_at_its_start(string json) =>
        Expect.Rejected<Lenient>(" " + json, StrictJsonErrorKind.UnexpectedToken, "$", 1);

    private static string Nested(int depth) =>
        "{\"id\":1,\"x\":" + string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth)) + "}";
}
