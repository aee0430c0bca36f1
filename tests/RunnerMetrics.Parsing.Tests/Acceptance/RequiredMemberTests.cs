using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

/// <summary>
/// On every type shape, a non-nullable member is required and a nullable one optional. A missing member is
/// reported at the closing brace of its object, the first missing one in declaration order.
/// </summary>
public class RequiredMemberTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("flag")]
    [InlineData("small")]
    [InlineData("big")]
    [InlineData("ratio")]
    [InlineData("status")]
    [InlineData("exit")]
    [InlineData("tags")]
    public void Class_non_nullable_members_are_required(string name)
    {
        string json = Without(EveryMemberKindTests.Minimal, name);
        Expect.Rejected<EveryKind>(json, StrictJsonErrorKind.MissingMember, "$." + name, json.Length - 1);
    }

    [Theory]
    [InlineData("""{"value":1,"signal":"none"}""", "$.name")]
    [InlineData("""{"name":"n","signal":"none"}""", "$.value")]
    [InlineData("""{"name":"n","value":1}""", "$.signal")]
    [InlineData("""{"unit":"u"}""", "$.name")]
    public void Record_primary_constructor_parameters_are_required(string json, string path) =>
        Expect.Rejected<Measurement>(json, StrictJsonErrorKind.MissingMember, path, json.Length - 1);

    [Fact]
    public void Record_nullable_init_property_is_optional() =>
        Assert.Null(Expect.Accepted<Measurement>("""{"name":"n","value":1,"signal":"none"}""").Unit);

    [Theory]
    [InlineData("""{"y":1}""", "$.x")]
    [InlineData("""{"x":1,"z":2}""", "$.y")]
    [InlineData("""{}""", "$.x")]
    public void Struct_non_nullable_properties_are_required(string json, string path) =>
        Expect.Rejected<Point>(json, StrictJsonErrorKind.MissingMember, path, json.Length - 1);

    [Fact]
    public void Struct_nullable_property_is_optional()
    {
        Assert.Null(Expect.Accepted<Point>("""{"x":1,"y":2}""").Z);
        Assert.Null(Expect.Accepted<Point>("""{"x":1,"y":2,"z":null}""").Z);
        Assert.Equal(3, Expect.Accepted<Point>("""{"x":1,"y":2,"z":3}""").Z);
    }

    [Theory]
    [InlineData("""{"workflow":"w","workflow_run_id":"1","repository":"r","event":"e"}""", "$.timestamp")]
    [InlineData("""{"timestamp":1,"workflow_run_id":"1","repository":"r","event":"e"}""", "$.workflow")]
    [InlineData("""{"timestamp":1,"workflow":"w","repository":"r","event":"e"}""", "$.workflow_run_id")]
    [InlineData("""{"timestamp":1,"workflow":"w","workflow_run_id":"1","event":"e"}""", "$.repository")]
    [InlineData("""{"timestamp":1,"workflow":"w","workflow_run_id":"1","repository":"r","x":null}""", "$.event")]
    public void Record_struct_primary_constructor_parameters_are_required(string json, string path) =>
        Expect.Rejected<JobStart>(json, StrictJsonErrorKind.MissingMember, path, json.Length - 1);

    [Fact]
    public void Record_struct_nullable_parameters_are_optional()
    {
        var value = Expect.Accepted<InternedEnd>("""{"timestamp":1,"status":"normal"}""");
        Assert.Null(value.StatusInfo);
        Assert.Null(value.Note);
    }

    [Fact]
    public void An_unknown_member_does_not_stand_in_for_a_missing_one() =>
        Expect.Rejected<ExitInfo>("""{"Code":1}""", StrictJsonErrorKind.UnknownMember, "$", 1);

    private static string Without(string json, string name)
    {
        int start = json.IndexOf($"\"{name}\":", System.StringComparison.Ordinal);
        int end = start + name.Length + 3;
        int depth = 0;
        for (; end < json.Length; end++)
        {
            char c = json[end];
            depth += c is '{' or '[' ? 1 : c is '}' or ']' ? -1 : 0;
            if (depth < 0 || (depth == 0 && c == ','))
            {
                break;
            }
        }

        // Drop the member and the comma after it (or before it, for the last member).
        return json[end] == ',' ? json[..start] + json[(end + 1)..] : json[..(start - 1)] + json[end..];
    }
}
