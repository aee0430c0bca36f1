using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

public class TypeShapeTests
{
    [Fact]
    public void Plain_struct_round_trips()
    {
        var value = Expect.Accepted<Point>("""{"x":-3,"y":4}""");
        Assert.Equal(new Point { X = -3, Y = 4 }, value);
        Assert.Equal("""{"x":-3,"y":4}""", Expect.WrittenText(value));
        var withZ = new Point { X = 1, Y = 2, Z = long.MinValue };
        Assert.Equal(withZ, Expect.Accepted<Point>(Expect.Written(withZ)));
    }

    [Fact]
    public void Record_with_primary_constructor_and_init_member_round_trips()
    {
        var value = Expect.Accepted<Measurement>("""{"unit":"ms","signal":"SIGKILL","value":1.5,"name":"latency"}""");
        Assert.Equal(new Measurement("latency", 1.5, Signal.Kill) { Unit = "ms" }, value);
        Assert.Equal(value, Expect.Accepted<Measurement>(Expect.Written(value)));
        Assert.Null(Expect.Accepted<Measurement>("""{"name":"n","value":0,"signal":"none"}""").Unit);
    }

    [Fact]
    public void Record_struct_with_primary_constructor_round_trips()
    {
        var value = new JobStart(1700000100.5, "ci", "7234567890", "owner/repo", "push");
        Assert.Equal(value, Expect.Accepted<JobStart>(Expect.Written(value)));
    }

    [Fact]
    public void Skip_type_ignores_unknown_members_of_every_json_type()
    {
        const string Json = """{"a":1,"b":"s","c":true,"d":false,"e":null,"f":[1,[2,{"g":[]}]],"g":{"h":{"i":"\u00e9\ud83d\ude00"}},"id":5,"z":-0.5e-3}""";
        Assert.Equal(5, Expect.Accepted<Lenient>(Json).Id);
    }

    [Fact]
    public void Skip_type_is_strict_about_its_own_members()
    {
        Expect.RejectedAt<Lenient>("""{"id":"5"}""", StrictJsonErrorKind.UnexpectedToken, "$.id", "\"5\"");
        Expect.RejectedAt<Lenient>("""{"x":1}""", StrictJsonErrorKind.MissingMember, "$.id", "}");
        Expect.RejectedAt<Lenient>("""{"id":1,"x":1,"id":2}""", StrictJsonErrorKind.DuplicateMember, "$.id", "\"id\":2");
    }

    [Fact]
    public void Nested_and_nullable_element_arrays_round_trip()
    {
        const string Json = """{"matrix":[[1,2],[],[3]],"sparse":[null,9223372036854775807,null],"flags":[true,null,false],"ratios":[0,-0.5,1E+300],"signals":["term",null,"häng up","user_defined"],"points":[{"x":1,"y":2},null],"cube":[[["a"],[]],[]]}""";
        var value = Expect.Accepted<Arrays>(Json);
        Assert.Equal([1, 2], value.Matrix[0]);
        Assert.Empty(value.Matrix[1]);
        Assert.Equal([null, long.MaxValue, null], value.Sparse!);
        Assert.Equal([true, null, false], value.Flags!);
        Assert.Equal([0, -0.5, 1e300], value.Ratios!);
        Assert.Equal([Signal.Terminate, null, Signal.HangUp, Signal.UserDefined], value.Signals!);
        Assert.Equal([new Point { X = 1, Y = 2 }, null], value.Points!);
        Assert.Equal("a", value.Cube![0][0][0]);
        var again = Expect.Accepted<Arrays>(Expect.Written(value));
        Assert.Equal(Expect.Written(value), Expect.Written(again));
        Assert.Equal(value.Signals!, again.Signals!);
    }

    [Fact]
    public void Empty_arrays_are_empty_not_null()
    {
        var value = Expect.Accepted<Arrays>("""{"matrix":[],"sparse":[]}""");
        Assert.Empty(value.Matrix);
        Assert.Empty(value.Sparse!);
        Assert.Null(value.Flags);
    }

    [Fact]
    public void Interned_record_struct_with_nested_value_round_trips()
    {
        var value = new InternedEnd(1.25, JobStatus.Abnormal, new ExitInfo(143), "n");
        Assert.Equal(value, Expect.Accepted<InternedEnd>(Expect.Written(value)));
        Assert.Equal(value, Expect.Accepted<InternedEnd>("""{"extra":{},"note":"n","status_info":{"code":143},"status":"abnormal","timestamp":1.25}"""));
    }
}
