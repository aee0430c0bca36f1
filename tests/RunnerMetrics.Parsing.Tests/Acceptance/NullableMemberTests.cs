using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

public class NullableMemberTests
{
    private const string Nulls = """{"text":"","flag":false,"small":0,"big":0,"ratio":0,"status":"normal","exit":{"code":0},"tags":["t"],"optionalText":null,"optionalFlag":null,"optionalSmall":null,"optionalBig":null,"optionalRatio":null,"optionalStatus":null,"optionalExit":null,"numbers":null,"holes":null,"grid":null,"exits":null,"renamed-member":null}""";

    [Fact]
    public void Absent_optional_members_are_null()
    {
        var value = Expect.Accepted<EveryKind>(EveryMemberKindTests.Minimal);
        AssertAllOptionalNull(value);
    }

    [Fact]
    public void Null_optional_members_are_null()
    {
        var value = Expect.Accepted<EveryKind>(Nulls);
        AssertAllOptionalNull(value);
    }

    [Fact]
    public void Null_optional_members_are_omitted_when_written()
    {
        var value = Expect.Accepted<EveryKind>(Nulls);
        Assert.Equal(EveryMemberKindTests.Minimal, Expect.WrittenText(value));
    }

    [Theory]
    [InlineData("text", "\"\"")]
    [InlineData("flag", "false")]
    [InlineData("small", "0")]
    [InlineData("big", "0")]
    [InlineData("ratio", "0")]
    [InlineData("status", "\"normal\"")]
    [InlineData("exit", "{\"code\":0}")]
    [InlineData("tags", "[\"t\"]")]
    public void Null_for_a_required_member_is_an_unexpected_token(string name, string value)
    {
        string json = EveryMemberKindTests.Minimal.Replace($"\"{name}\":{value}", $"\"{name}\":null", System.StringComparison.Ordinal);
        Assert.NotEqual(EveryMemberKindTests.Minimal, json);
        Expect.Rejected<EveryKind>(json, StrictJsonErrorKind.UnexpectedToken, "$." + name, Expect.At(json, "null"));
    }

    [Fact]
    public void Null_inside_a_non_nullable_element_array_is_an_unexpected_token()
    {
        const string Json = """{"numbers":[1,null]}""";
        var error = Expect.Rejected<EveryKind>(Json[..^1] + "," + EveryMemberKindTests.Minimal[1..]);
        Assert.Equal((StrictJsonErrorKind.UnexpectedToken, "$.numbers[1]"), (error.Kind, error.Path));
    }

    [Fact]
    public void Nullable_struct_member_is_absent_or_null_or_a_value()
    {
        Assert.Null(Expect.Accepted<JobEnd>("""{"timestamp":1,"status":"normal"}""").StatusInfo);
        Assert.Null(Expect.Accepted<JobEnd>("""{"timestamp":1,"status":"normal","status_info":null}""").StatusInfo);
        Assert.Equal(new ExitInfo(7), Expect.Accepted<JobEnd>("""{"timestamp":1,"status":"normal","status_info":{"code":7}}""").StatusInfo);
    }

    private static void AssertAllOptionalNull(EveryKind value)
    {
        Assert.Null(value.OptionalText);
        Assert.Null(value.OptionalFlag);
        Assert.Null(value.OptionalSmall);
        Assert.Null(value.OptionalBig);
        Assert.Null(value.OptionalRatio);
        Assert.Null(value.OptionalStatus);
        Assert.Null(value.OptionalExit);
        Assert.Null(value.Numbers);
        Assert.Null(value.Holes);
        Assert.Null(value.Grid);
        Assert.Null(value.Exits);
        Assert.Null(value.Renamed);
    }
}
