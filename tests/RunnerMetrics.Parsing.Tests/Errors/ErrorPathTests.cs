using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Errors;

/// <summary>JSONPaths of errors in nested objects and arrays.</summary>
public class ErrorPathTests
{
    private const string Valid = """{"text":"","flag":false,"small":0,"big":0,"ratio":0,"status":"normal","exit":{"code":0},"tags":["t"]""";

    private static string With(string members) => Valid + "," + members + "}";

    [Fact]
    public void Array_element_error_has_its_index()
    {
        string json = With("""
            "numbers":[1,2,"3"]
            """);
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.UnexpectedToken, "$.numbers[2]", "\"3\"");
    }

    [Fact]
    public void Second_element_error_is_index_one()
    {
        const string Json = """{"text":"","flag":false,"small":0,"big":0,"ratio":0,"status":"normal","exit":{"code":0},"tags":["a",1]}""";
        Expect.RejectedAt<EveryKind>(Json, StrictJsonErrorKind.UnexpectedToken, "$.tags[1]", "1]");
    }

    [Fact]
    public void First_element_error_is_index_zero()
    {
        string json = With("""
            "holes":[5]
            """);
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.UnexpectedToken, "$.holes[0]", "5]");
    }

    [Fact]
    public void Nested_array_error_has_both_indexes()
    {
        string json = With("""
            "grid":[[],["normal","abnormal","bad"]]
            """);
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.InvalidValue, "$.grid[1][2]", "\"bad\"");
    }

    [Fact]
    public void Error_inside_an_object_in_an_array_has_index_and_member()
    {
        string json = With("""
            "exits":[{"code":1},{"code":2},{"code":true}]
            """);
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.UnexpectedToken, "$.exits[2].code", "true");
    }

    [Fact]
    public void Missing_member_inside_an_object_in_an_array()
    {
        string json = With("""
            "exits":[{"code":1},{}]
            """);
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.MissingMember, "$.exits[1].code", "}]");
    }

    [Fact]
    public void Unknown_member_inside_an_object_in_an_array_reports_that_object()
    {
        string json = With("""
            "exits":[{"code":1,"x":2}]
            """);
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.UnknownMember, "$.exits[0]", "\"x\"");
    }

    [Fact]
    public void Three_levels_of_objects()
    {
        const string Json = """{"middle":{"inner":{"code":"x"}}}""";
        Expect.RejectedAt<Outer>(Json, StrictJsonErrorKind.UnexpectedToken, "$.middle.inner.code", "\"x\"");
    }

    [Fact]
    public void Objects_and_arrays_interleaved_three_levels_deep()
    {
        const string Json = """{"middle":{"inner":{"code":0}},"middles":[{"inner":{"code":0}},{"inner":{"code":0},"inners":[{"code":1},{"code":1.5}]}]}""";
        Expect.RejectedAt<Outer>(Json, StrictJsonErrorKind.InvalidValue, "$.middles[1].inners[1].code", "1.5");
    }

    [Fact]
    public void Wrong_token_for_an_array_reports_the_member()
    {
        string json = With("""
            "numbers":{}
            """);
        Expect.RejectedAt<EveryKind>(json, StrictJsonErrorKind.UnexpectedToken, "$.numbers", "{}");
    }

    [Fact]
    public void Wrong_token_for_a_nested_object_reports_the_member()
    {
        const string Json = """{"timestamp": 1, "status": "normal", "status_info": [1]}""";
        Expect.RejectedAt<JobEnd>(Json, StrictJsonErrorKind.UnexpectedToken, "$.status_info", "[1]");
    }

    [Fact]
    public void Array_length_violation_reports_the_array()
    {
        const string Json = """{"text":"","flag":false,"small":0,"big":0,"ratio":0,"status":"normal","exit":{"code":0},"tags":[]}""";
        Expect.RejectedAt<EveryKind>(Json, StrictJsonErrorKind.OutOfRange, "$.tags", "]}");
    }
}
