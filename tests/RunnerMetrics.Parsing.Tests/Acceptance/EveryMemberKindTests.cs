using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

public class EveryMemberKindTests
{
    internal const string Full = """
        {
          "text": "héllo\n\u0041",
          "optionalText": "opt",
          "flag": true,
          "optionalFlag": false,
          "small": -5,
          "optionalSmall": 2147483647,
          "big": -9223372036854775808,
          "optionalBig": 9223372036854775807,
          "ratio": 0.25,
          "optionalRatio": -1.5e300,
          "status": "repo-policy-check-failure",
          "optionalStatus": "abnormal",
          "exit": {"code": 143},
          "optionalExit": {"code": -1},
          "tags": ["a", "b", "c"],
          "numbers": [1, -2, 3],
          "holes": ["x", null, "z"],
          "grid": [["normal"], [], ["abnormal", "normal"]],
          "exits": [{"code": 0}, {"code": 1}],
          "renamed-member": "r"
        }
        """;

    internal const string Minimal = """{"text":"","flag":false,"small":0,"big":0,"ratio":0,"status":"normal","exit":{"code":0},"tags":["t"]}""";

    [Fact]
    public void Every_member_kind_is_read()
    {
        var value = Expect.Accepted<EveryKind>(Full);
        Assert.Equal("héllo\nA", value.Text);
        Assert.Equal("opt", value.OptionalText);
        Assert.True(value.Flag);
        Assert.False(value.OptionalFlag);
        Assert.Equal(-5, value.Small);
        Assert.Equal(int.MaxValue, value.OptionalSmall);
        Assert.Equal(long.MinValue, value.Big);
        Assert.Equal(long.MaxValue, value.OptionalBig);
        Assert.Equal(0.25, value.Ratio);
        Assert.Equal(-1.5e300, value.OptionalRatio);
        Assert.Equal(JobStatus.RepoPolicyCheckFailure, value.Status);
        Assert.Equal(JobStatus.Abnormal, value.OptionalStatus);
        Assert.Equal(new ExitInfo(143), value.Exit);
        Assert.Equal(new ExitInfo(-1), value.OptionalExit);
        Assert.Equal(["a", "b", "c"], value.Tags);
        Assert.Equal([1, -2, 3], value.Numbers!);
        Assert.Equal(new string?[] { "x", null, "z" }, value.Holes);
        Assert.Equal(3, value.Grid!.Length);
        Assert.Equal([JobStatus.Normal], value.Grid[0]);
        Assert.Empty(value.Grid[1]);
        Assert.Equal([JobStatus.Abnormal, JobStatus.Normal], value.Grid[2]);
        Assert.Equal([new ExitInfo(0), new ExitInfo(1)], value.Exits!);
        Assert.Equal("r", value.Renamed);
        Assert.Equal("ignored", value.Ignored);
    }

    [Fact]
    public void Every_member_kind_round_trips_through_WriteTo()
    {
        var first = Expect.Accepted<EveryKind>(Full);
        var written = Expect.Written(first);
        var second = Expect.Accepted<EveryKind>(written);
        Assert.Equal(written, Expect.Written(second));
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.OptionalRatio, second.OptionalRatio);
        Assert.Equal(first.Holes!, second.Holes!);
        Assert.Equal(first.Grid!.Length, second.Grid!.Length);
    }

    [Fact]
    public void Json_ignored_member_is_neither_written_nor_read()
    {
        var value = Expect.Accepted<EveryKind>(Minimal);
        value.Ignored = "changed";
        Assert.DoesNotContain("gnored", Expect.WrittenText(value), System.StringComparison.Ordinal);
        Expect.RejectedAt<EveryKind>(Minimal[..^1] + ""","ignored":"x"}""", StrictJsonErrorKind.UnknownMember, "$", "\"ignored\"");
    }

    [Fact]
    public void Members_may_come_in_any_order_with_any_whitespace()
    {
        const string Json = " \r\n\t{\"tags\" : [ \"t\" ] ,\"exit\":{ \"code\" :0 },\"status\":\"normal\",\"ratio\":0,\"big\":0,\"small\":0,\"flag\":false,\"text\":\"\"}\n\t \r";
        var value = Expect.Accepted<EveryKind>(Json);
        Assert.Equal(["t"], value.Tags);
    }

    [Fact]
    public void Written_json_uses_the_declared_member_order_and_names()
    {
        var value = Expect.Accepted<EveryKind>(Minimal);
        Assert.Equal(Minimal, Expect.WrittenText(value));
    }
}
