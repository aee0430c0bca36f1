using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Unicode;

/// <summary>
/// A <c>\uD800</c>-style escape must be half of a high-then-low pair; <c>Utf8JsonReader</c> accepts lone
/// ones, the strict parser rejects them as invalid JSON wherever they are.
/// </summary>
public class LoneSurrogateTests
{
    public static TheoryData<string> LoneSurrogates => new()
    {
        @"\ud800",
        @"\uDBFF",
        @"\udc00",
        @"\uDFFF",
        @"\ud800x",
        @"\ud800\u0041",
        @"\ud800\ud800",
        @"\udc00\ud800",
        @"\ud800\n",
        @"x\ud834",
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void In_a_string_value(string escape) =>
        Expect.RejectedAt<Measurement>($$"""{"value":1,"name":"{{escape}}","signal":"none"}""", StrictJsonErrorKind.InvalidJson, "$.name", "\"" + escape);

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void In_an_interned_string_value(string escape) =>
        Expect.RejectedAt<InternedEnd>($$"""{"timestamp":1,"status":"normal","note":"{{escape}}"}""", StrictJsonErrorKind.InvalidJson, "$.note", "\"" + escape);

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void In_a_nullable_string_array_element(string escape)
    {
        string json = $$"""{"text":"","flag":false,"small":0,"big":0,"ratio":0,"status":"normal","exit":{"code":0},"tags":["t"],"holes":[null,"{{escape}}"]}""";
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.InvalidJson, "$.holes[1]", "\"" + escape);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void In_a_skipped_member_name(string escape) =>
        Expect.RejectedAt<Lenient>($$"""{"id":1,"{{escape}}":0}""", StrictJsonErrorKind.InvalidJson, "$", "\"" + escape);

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void In_a_skipped_value(string escape) =>
        Expect.RejectedAt<Lenient>($$"""{"x":{"y":[1,"{{escape}}"]},"id":1}""", StrictJsonErrorKind.InvalidJson, "$", "\"" + escape);

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void In_a_skipped_string_value(string escape) =>
        Expect.RejectedAt<Lenient>($$"""{"x":"{{escape}}","id":1}""", StrictJsonErrorKind.InvalidJson, "$", "\"" + escape);

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void In_a_member_name_of_a_rejecting_type(string escape) =>
        Expect.RejectedAt<JobEnd>($$"""{"timestamp":1,"{{escape}}":1,"status":"normal"}""", StrictJsonErrorKind.InvalidJson, "$", "\"" + escape);

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void In_an_enum_value(string escape) =>
        Expect.RejectedAt<JobEnd>($$"""{"timestamp":1,"status":"{{escape}}"}""", StrictJsonErrorKind.InvalidJson, "$.status", "\"" + escape);

    [Theory]
    [InlineData(300)]
    [InlineData(5000)]
    public void After_a_long_run_of_escapes_that_needs_a_pooled_buffer(int length)
    {
        string escape = string.Concat(System.Linq.Enumerable.Repeat(@"\u00e9", length)) + @"\udc00";
        Expect.RejectedAt<Measurement>($$"""{"value":1,"name":"{{escape}}","signal":"none"}""", StrictJsonErrorKind.InvalidJson, "$.name", "\"" + @"\u00e9");
        Expect.RejectedAt<InternedEnd>($$"""{"timestamp":1,"status":"normal","note":"{{escape}}"}""", StrictJsonErrorKind.InvalidJson, "$.note", "\"" + @"\u00e9");
        Expect.RejectedAt<Lenient>($$"""{"x":["{{escape}}"],"id":1}""", StrictJsonErrorKind.InvalidJson, "$", "\"" + @"\u00e9");
        Expect.RejectedAt<Lenient>($$"""{"{{escape}}":1,"id":1}""", StrictJsonErrorKind.InvalidJson, "$", "\"" + @"\u00e9");
        Expect.RejectedAt<JobEnd>($$"""{"timestamp":1,"status":"{{escape}}"}""", StrictJsonErrorKind.InvalidJson, "$.status", "\"" + @"\u00e9");
    }

    [Theory]
    [InlineData(@"\ud834\udd1e", "𝄞")]
    [InlineData(@"\uD834\uDD1E", "𝄞")]
    [InlineData(@"\udbff\udfff", "\U0010FFFF")]
    [InlineData(@"\ud800\udc00", "\U00010000")]
    [InlineData(@"a\ud83d\ude00b", "a😀b")]
    public void Surrogate_pairs_are_decoded(string escape, string expected)
    {
        Assert.Equal(expected, Expect.Accepted<Measurement>($$"""{"value":1,"name":"{{escape}}","signal":"none"}""").Name);
        Assert.Equal(expected, Expect.Accepted<InternedEnd>($$"""{"timestamp":1,"status":"normal","note":"{{escape}}"}""").Note);
        Assert.Equal(1, Expect.Accepted<Lenient>($$"""{"{{escape}}":"{{escape}}","id":1}""").Id);
    }
}
