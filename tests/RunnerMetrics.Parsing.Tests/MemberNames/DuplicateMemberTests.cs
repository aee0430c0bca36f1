using System.Linq;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.MemberNames;

/// <summary>A name may occur once per object: known or unknown, required or optional, null or not.</summary>
public class DuplicateMemberTests
{
    [Theory]
    [InlineData("""{"timestamp":1,"status":"normal","status":"normal"}""", "$.status")]
    [InlineData("""{"timestamp":1,"status":"normal","status_info":null,"status_info":null}""", "$.status_info")]
    [InlineData("""{"timestamp":1,"status":"normal","status_info":{"code":1},"status_info":null}""", "$.status_info")]
    public void A_repeated_known_member_is_rejected_at_its_second_name(string json, string path) =>
        Expect.Rejected<JobEnd>(json, StrictJsonErrorKind.DuplicateMember, path, json.LastIndexOf("\"" + path[2..] + "\"", System.StringComparison.Ordinal));

    [Fact]
    public void A_repeated_member_in_a_nested_object_has_the_nested_path()
    {
        const string Json = """{"timestamp":1,"status":"normal","status_info":{"code":1,"code":2}}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.DuplicateMember, "$.status_info.code", "\"code\":2");
    }

    [Theory]
    [InlineData("""{"x":1,"x":2,"id":1}""", "\"x\":2")]
    [InlineData("""{"x":1,"id":1,"x":{}}""", "\"x\":{}")]
    [InlineData("""{"x":null,"y":null,"z":null,"y":null}""", "\"y\":null}")]
    [InlineData("""{"":1,"id":1,"":2}""", "\"\":2")]
    public void A_repeated_unknown_member_is_rejected_even_when_skipped(string json, string marker) =>
        Expect.RejectedAt<Lenient>(json, StrictJsonErrorKind.DuplicateMember, "$", marker);

    [Fact]
    public void Unknown_names_that_share_a_prefix_are_distinct()
    {
        const string Json = """{"a":1,"ab":2,"abc":3,"b":4,"ba":5,"id":1,"A":6}""";
        Assert.Equal(1, Expect.Accepted<Lenient>(Json).Id);
    }

    [Fact]
    public void A_repeated_unknown_name_is_found_among_many_long_names()
    {
        // More names than the stack buffer holds: the record moves to a pooled buffer and still finds it.
        var names = Enumerable.Range(0, 200).Select(i => $"\"unknown_member_number_{i:D4}\":{i}");
        string json = "{" + string.Join(",", names) + ",\"id\":1}";
        Assert.Equal(1, Expect.Accepted<Lenient>(json).Id);
        string repeated = json[..^1] + ",\"unknown_member_number_0007\":7}";
        Expect.RejectedAt<Lenient>(repeated, StrictJsonErrorKind.DuplicateMember, "$", "\"unknown_member_number_0007\":7}");
    }

    [Fact]
    public void A_repeated_unknown_member_in_a_nested_skipping_struct_has_the_nested_path()
    {
        const string Json = """{"timestamp":1,"status":"normal","extra":[],"status_info":null}""";
        Assert.Equal(1, Expect.Accepted<InternedEnd>(Json).Timestamp);
        const string Outer = """{"name":"n","flag":true,"count":1,"total":1,"ratio":1,"status":"normal","exit":{"code":1},"end":{"timestamp":1,"status":"normal","x":1,"x":2}}""";
        Expect.RejectedAt<InternedSample>(Outer, StrictJsonErrorKind.DuplicateMember, "$.end", "\"x\":2");
    }

    [Fact]
    public void A_repeated_name_inside_a_skipped_value_is_not_the_object_s_own_member()
    {
        // Only the members of the object being read are checked; a skipped value is validated as JSON.
        Assert.Equal(1, Expect.Accepted<Lenient>("""{"x":{"a":1,"a":2},"id":1}""").Id);
    }

    [Fact]
    public void In_a_rejecting_type_a_repeated_unknown_member_fails_at_the_first()
    {
        const string Json = """{"timestamp":1,"status":"normal","x":1,"x":2}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.UnknownMember, "$", "\"x\":1");
    }
}
