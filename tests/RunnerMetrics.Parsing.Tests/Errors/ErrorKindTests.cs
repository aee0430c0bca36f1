using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Errors;

/// <summary>Every <see cref="StrictJsonErrorKind"/> with its exact path and byte position.</summary>
public class ErrorKindTests
{
    [Fact]
    public void InvalidJson_for_a_syntax_error_points_at_the_bad_byte()
    {
        const string Json = """{"timestamp": 1, "status": x}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.InvalidJson, "$", "x");
    }

    [Fact]
    public void InvalidJson_for_a_syntax_error_on_a_later_line_is_an_absolute_position()
    {
        const string Json = "{\n  \"timestamp\": 1,\n  \"status\": \"normal\",,\n}";
        Expect.Rejected<JobEnd>(Json, StrictJsonErrorKind.InvalidJson, "$", Expect.At(Json, ",,") + 1);
    }

    [Fact]
    public void InvalidJson_for_invalid_utf8_in_a_string_value_points_at_the_string()
    {
        byte[] bad = [.. """{"workflow": "a"""u8, 0xFF, .. "\", \"repository\": \"r\", \"event\": \"e\", \"timestamp\": 1, \"workflow_run_id\": \"7\"}"u8];
        Expect.Rejected<JobStart>(bad, StrictJsonErrorKind.InvalidJson, "$.workflow", 13);
    }

    [Fact]
    public void UnexpectedToken_for_a_string_where_a_number_belongs()
    {
        const string Json = """{"timestamp": "1", "status": "normal"}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.UnexpectedToken, "$.timestamp", "\"1\"");
    }

    [Fact]
    public void UnexpectedToken_for_a_non_object_document()
    {
        Expect.Rejected<JobEnd>("[]", StrictJsonErrorKind.UnexpectedToken, "$", 0);
        Expect.Rejected<JobEnd>("  42 ", StrictJsonErrorKind.UnexpectedToken, "$", 2);
    }

    [Fact]
    public void MissingMember_reports_the_member_path_at_the_end_of_its_object()
    {
        const string Json = """{"status": "normal"}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.MissingMember, "$.timestamp", "}");
    }

    [Fact]
    public void MissingMember_in_a_nested_object_has_the_nested_path()
    {
        const string Json = """{"timestamp": 1, "status": "normal", "status_info": {}}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.MissingMember, "$.status_info.code", "}");
    }

    [Fact]
    public void DuplicateMember_points_at_the_second_name()
    {
        const string Json = """{"timestamp": 1, "status": "normal", "timestamp": 2}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.DuplicateMember, "$.timestamp", "\"timestamp\": 2");
    }

    [Fact]
    public void UnknownMember_reports_the_containing_object()
    {
        const string Json = """{"timestamp": 1, "stat": "normal"}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.UnknownMember, "$", "\"stat\"");
    }

    [Fact]
    public void UnknownMember_in_a_nested_object_reports_the_nested_object()
    {
        const string Json = """{"timestamp": 1, "status": "normal", "status_info": {"code": 1, "signal": 9}}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.UnknownMember, "$.status_info", "\"signal\"");
    }

    [Fact]
    public void OutOfRange_for_a_range_violation()
    {
        const string Json = """{"timestamp": -1, "status": "normal"}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.OutOfRange, "$.timestamp", "-1");
    }

    [Fact]
    public void OutOfRange_for_an_integer_too_large_in_a_nested_object()
    {
        const string Json = """{"timestamp": 1, "status": "normal", "status_info": {"code": 2147483648}}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.OutOfRange, "$.status_info.code", "2147483648");
    }

    [Fact]
    public void InvalidValue_for_an_unknown_enum_name()
    {
        const string Json = """{"timestamp": 1, "status": "crashed"}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.InvalidValue, "$.status", "\"crashed\"");
    }

    [Fact]
    public void InvalidValue_for_a_fraction_in_an_integer()
    {
        const string Json = """{"timestamp": 1, "status": "normal", "status_info": {"code": 1.5}}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.InvalidValue, "$.status_info.code", "1.5");
    }

    [Fact]
    public void Every_error_kind_is_covered_here()
    {
        // Guards this file: a new kind needs a test above.
        Assert.Equal(8, System.Enum.GetValues<StrictJsonErrorKind>().Length);
    }

    [Fact]
    public void Error_describes_itself()
    {
        var error = Expect.Rejected<JobEnd>("""{"status": "normal"}""");
        Assert.Equal("MissingMember at $.timestamp (byte 19)", error.ToString());
        Assert.Equal("None", default(StrictJsonError).ToString());
        Assert.Equal("$", default(StrictJsonError).Path);
    }
}
