using System.Linq;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.MemberNames;

/// <summary>Member names and enum values are compared after unescaping, as JSON defines them.</summary>
public class EscapedMemberNameTests
{
    [Theory]
    [InlineData(@"\u0074imestamp")]
    [InlineData(@"timestam\u0070")]
    [InlineData(@"\u0074\u0069\u006D\u0065\u0073\u0074\u0061\u006d\u0070")]
    public void An_escaped_known_name_matches(string name) =>
        Assert.Equal(5, Expect.Accepted<JobEnd>($$"""{"{{name}}":5,"status":"normal"}""").Timestamp);

    [Fact]
    public void A_fully_escaped_name_of_the_longest_length_matches()
    {
        // Six bytes per character: the most an escaped name can take and still match.
        string name = string.Concat("workflow_run_id".Select(c => $"\\u{(int)c:x4}"));
        string json = $$"""{"workflow":"w","{{name}}":"7","repository":"r","event":"e","timestamp":1}""";
        Assert.Equal("7", Expect.Accepted<JobStart>(json).WorkflowRunId);
    }

    [Theory]
    [InlineData(@"\u0074imestamp\u0000")]
    [InlineData(@"Timestamp")]
    [InlineData(@"\u0054imestamp")]
    [InlineData(@"time\/stamp")]
    [InlineData(@"\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074\u0074")]
    public void An_escaped_name_that_unescapes_to_another_name_is_unknown(string name)
    {
        string json = $$"""{"timestamp":1,"status":"normal","{{name}}":1}""";
        Expect.RejectedAt<JobEnd>(json, StrictJsonErrorKind.UnknownMember, "$", "\"" + name);
    }

    [Fact]
    public void A_known_name_and_its_escaped_form_are_duplicates()
    {
        const string Json = """{"timestamp":1,"status":"normal","\u0074imestamp":2}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.DuplicateMember, "$.timestamp", "\"\\u0074");
    }

    [Fact]
    public void An_unknown_name_and_its_escaped_form_are_duplicates_when_skipped()
    {
        const string Json = """{"id":1,"extra":1,"\u0065xtra":2}""";
        Expect.RejectedAt<Lenient>(Json, StrictJsonErrorKind.DuplicateMember, "$", "\"\\u0065");
    }

    [Theory]
    [InlineData(@"\u006eormal", JobStatus.Normal)]
    [InlineData(@"abnorma\u006C", JobStatus.Abnormal)]
    [InlineData(@"repo\u002dpolicy\u002Dcheck-failure", JobStatus.RepoPolicyCheckFailure)]
    public void An_escaped_enum_value_matches(string value, JobStatus expected) =>
        Assert.Equal(expected, Expect.Accepted<JobEnd>($$"""{"timestamp":1,"status":"{{value}}"}""").Status);

    [Fact]
    public void An_escaped_custom_enum_name_matches() =>
        Assert.Equal(Signal.HangUp, Expect.Accepted<Measurement>("""{"name":"n","value":1,"signal":"h\u00e4ng\u0020up"}""").Signal);

    [Fact]
    public void An_escaped_name_with_a_surrogate_pair_matches()
    {
        const string Json = """{"with space":1,"quo\"te":2,"it's":3,"back\\slash":4,"dotted.name":5,"\u00fcn\u00efc\u00f6d\u00e9 \u2713 \uD834\uDD1E":6,"<tag>&amp;":7}""";
        Assert.Equal(6, Expect.Accepted<OddNames>(Json).Unicode);
    }
}
