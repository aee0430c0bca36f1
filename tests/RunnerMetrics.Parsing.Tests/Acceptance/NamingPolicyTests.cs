using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

public class NamingPolicyTests
{
    [Fact]
    public void Snake_case_lower_names_members_and_enum_values()
    {
        const string Json = """{"workflow_run_id":"7","http_status_code":200,"phase":"busy_working"}""";
        var value = Expect.Accepted<SnakeNames>(Json);
        Assert.Equal(("7", 200, RunnerPhase.BusyWorking), (value.WorkflowRunId, value.HTTPStatusCode, value.Phase));
        Assert.Equal(Json, Expect.WrittenText(value));
        Assert.Equal(RunnerPhase.HTTPWait, Expect.Accepted<SnakeNames>("""{"workflow_run_id":"7","http_status_code":200,"phase":"http_wait"}""").Phase);
    }

    [Fact]
    public void Camel_case_names_members_and_enum_values()
    {
        const string Json = """{"workflowRunId":"7","httpStatusCode":200,"phase":"busyWorking"}""";
        var value = Expect.Accepted<CamelNames>(Json);
        Assert.Equal(("7", 200, RunnerPhase.BusyWorking), (value.WorkflowRunId, value.HTTPStatusCode, value.Phase));
        Assert.Equal(Json, Expect.WrittenText(value));
        Assert.Equal(RunnerPhase.HTTPWait, Expect.Accepted<CamelNames>("""{"workflowRunId":"7","httpStatusCode":200,"phase":"httpWait"}""").Phase);
    }

    [Fact]
    public void Kebab_case_lower_names_members_and_enum_values()
    {
        const string Json = """{"workflow-run-id":"7","http-status-code":200,"phase":"busy-working"}""";
        var value = Expect.Accepted<KebabNames>(Json);
        Assert.Equal(("7", 200, RunnerPhase.BusyWorking), (value.WorkflowRunId, value.HTTPStatusCode, value.Phase));
        Assert.Equal(Json, Expect.WrittenText(value));
    }

    [Fact]
    public void As_declared_keeps_the_csharp_names()
    {
        const string Json = """{"WorkflowRunId":"7","HTTPStatusCode":200,"Phase":"HTTPWait"}""";
        var value = Expect.Accepted<DeclaredNames>(Json);
        Assert.Equal(("7", 200, RunnerPhase.HTTPWait), (value.WorkflowRunId, value.HTTPStatusCode, value.Phase));
        Assert.Equal(Json, Expect.WrittenText(value));
    }

    [Theory]
    [InlineData("""{"workflowRunId":"7","http_status_code":200,"phase":"idle"}""", "\"workflowRunId\"")]
    [InlineData("""{"workflow_run_id":"7","http_status_code":200,"phase":"idle","HTTPStatusCode":1}""", "\"HTTPStatusCode\"")]
    [InlineData("""{"workflow-run-id":"7","http_status_code":200,"phase":"idle"}""", "\"workflow-run-id\"")]
    public void Names_of_another_policy_are_unknown_members(string json, string marker) =>
        Expect.RejectedAt<SnakeNames>(json, StrictJsonErrorKind.UnknownMember, "$", marker);

    [Theory]
    [InlineData("busyWorking")]
    [InlineData("BusyWorking")]
    [InlineData("busy-working")]
    [InlineData("Idle")]
    public void Enum_names_of_another_policy_are_invalid_values(string name)
    {
        string json = $$"""{"workflow_run_id":"7","http_status_code":200,"phase":"{{name}}"}""";
        Expect.RejectedAt<SnakeNames>(json, StrictJsonErrorKind.InvalidValue, "$.phase", "\"" + name);
    }

    [Fact]
    public void Odd_json_property_names_are_matched_and_written_escaped()
    {
        const string Json = """{"with space":1,"quo\"te":2,"it's":3,"back\\slash":4,"dotted.name":5,"ünïcödé ✓ 𝄞":6,"<tag>&amp;":7}""";
        var value = Expect.Accepted<OddNames>(Json);
        Assert.Equal((1, 2, 3, 4, 5, 6, 7), (value.WithSpace, value.Quote, value.Apostrophe, value.Backslash, value.Dotted, value.Unicode, value.Html));
        var again = Expect.Accepted<OddNames>(Expect.Written(value));
        Assert.Equal((1, 2, 3, 4, 5, 6, 7), (again.WithSpace, again.Quote, again.Apostrophe, again.Backslash, again.Dotted, again.Unicode, again.Html));
    }

    [Fact]
    public void Odd_json_property_names_match_when_fully_escaped()
    {
        const string Json = """{"with\u0020space":1,"quo\u0022te":2,"it\u0027s":3,"back\u005cslash":4,"dotted\u002ename":5,"\u00fcn\u00efc\u00f6d\u00e9 \u2713 \ud834\udd1e":6,"\u003ctag\u003e\u0026amp;":7}""";
        var value = Expect.Accepted<OddNames>(Json);
        Assert.Equal((1, 2, 3, 4, 5, 6, 7), (value.WithSpace, value.Quote, value.Apostrophe, value.Backslash, value.Dotted, value.Unicode, value.Html));
    }

    [Theory]
    [InlineData("with space", "$['with space']")]
    [InlineData("quo\\\"te", "$['quo\"te']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("back\\\\slash", "$['back\\\\slash']")]
    [InlineData("dotted.name", "$['dotted.name']")]
    [InlineData("ünïcödé ✓ 𝄞", "$['ünïcödé ✓ 𝄞']")]
    [InlineData("<tag>&amp;", "$['<tag>&amp;']")]
    public void Odd_json_property_names_have_bracketed_paths(string jsonName, string path)
    {
        string json = $$"""{"with space":1,"quo\"te":2,"it's":3,"back\\slash":4,"dotted.name":5,"ünïcödé ✓ 𝄞":6,"<tag>&amp;":7,"{{jsonName}}":true}""";
        Expect.RejectedAt<OddNames>(json, StrictJsonErrorKind.DuplicateMember, path, $"\"{jsonName}\":true");
    }
}
