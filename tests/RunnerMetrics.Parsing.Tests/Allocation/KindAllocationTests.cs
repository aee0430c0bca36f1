using System.Text;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Allocation;

/// <summary>
/// Whatever was read before the error (long strings, objects, lists, dictionaries, dates, guids, decimals),
/// a rejected document allocates nothing: values stay on the tape until the whole document is accepted.
/// </summary>
[Collection(AllocationCollection.Name)]
public class KindAllocationTests
{
    private static readonly string Hundred = new('x', 100);

    public static TheoryData<string> ReadBeforeTheError => new()
    {
        $$"""{"a": "{{Hundred}}", "b": "{{Hundred}}", "c": "{{Hundred}}", """,
        $$"""{"a": "{{Hundred}}\u00e9\n", "b": "{{Hundred}}\ud83d\ude00", "c": "{{Hundred}}", """,
        """{"nested": {"name": "some name", "size": 1}, """,
        """{"items": [{"name": "first", "size": 1}, {"name": "second", "size": 2}, {"name": "third", "size": 3}], """,
        """{"map": {"key one": "value one", "key two": "value two"}, """,
        """{"grid": [["a", "b"], [], ["c"]], """,
        """{"at": "2024-02-29T23:59:59.1234567+05:30", "utc": "2024-01-01T00:00:00Z", "day": "2024-01-01", """,
        """{"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "amount": 12345.6789, """,
        $$"""{"a": "{{Hundred}}", "nested": {"name": "n", "size": 1}, "items": [{"name": "i", "size": 2}], "map": {"k": "v"}, "at": "2024-01-01T00:00:00Z", "id": "0f8fad5b-d9cb-469f-a165-70867728950e", "amount": 0.1, """,
    };

    [Theory]
    [MemberData(nameof(ReadBeforeTheError))]
    public void Rejecting_a_late_bad_member_allocates_nothing(string prefix)
    {
        AssertRejectionAllocatesNothing(prefix + "\"last\": \"1\"}", StrictJsonErrorKind.UnexpectedToken);
        AssertRejectionAllocatesNothing(prefix + "\"last\": 1.5}", StrictJsonErrorKind.InvalidValue);
        AssertRejectionAllocatesNothing(prefix + "\"last\": 1, \"unknown\": 0}", StrictJsonErrorKind.UnknownMember);
        AssertRejectionAllocatesNothing(prefix + "\"last\": 1, \"last\": 2}", StrictJsonErrorKind.DuplicateMember);
        AssertRejectionAllocatesNothing(prefix[..^2] + "}", StrictJsonErrorKind.MissingMember);
    }

    [Theory]
    [InlineData("""{"items": [{"name": "first", "size": 1}, {"name": "second", "size": "2"}], "last": 1}""", StrictJsonErrorKind.UnexpectedToken)]
    [InlineData("""{"grid": [["a", "b"], "c"], "last": 1}""", StrictJsonErrorKind.UnexpectedToken)]
    [InlineData("""{"a": "text", "at": "2024-02-30T00:00:00Z", "last": 1}""", StrictJsonErrorKind.InvalidValue)]
    [InlineData("""{"a": "text", "id": "{0f8fad5b-d9cb-469f-a165-70867728950e}", "last": 1}""", StrictJsonErrorKind.InvalidValue)]
    [InlineData("""{"a": "text", "amount": 1e30, "last": 1}""", StrictJsonErrorKind.OutOfRange)]
    [InlineData("""{"a": "text", "nested": {"name": "n", "size": 1, "x": 1}, "last": 1}""", StrictJsonErrorKind.UnknownMember)]
    public void Rejecting_inside_a_value_after_strings_allocates_nothing(string json, StrictJsonErrorKind kind) =>
        AssertRejectionAllocatesNothing(json, kind);

    /// <summary>Paths three levels deep (as in <c>$.workflow_job.steps[3].name</c>) are kept as parts too.</summary>
    [Fact]
    public void Rejecting_three_levels_deep_allocates_nothing()
    {
        AssertRejectionAllocatesNothing("""{"grid": [["a", "b"], ["c", 1]], "last": 1}""", StrictJsonErrorKind.UnexpectedToken, "$.grid[1][1]");
        AssertRejectionAllocatesNothing<Outer>(
            """{"middle": {"inner": {"code": 0}}, "middles": [{"inner": {"code": 0}, "inners": [{"code": 0}, {"code": 1.5}]}]}""",
            StrictJsonErrorKind.InvalidValue,
            "$.middles[0].inners[1].code");
        AssertRejectionAllocatesNothing<Outer>("""{"middle": {"inner": {"code": "0"}}}""", StrictJsonErrorKind.UnexpectedToken, "$.middle.inner.code");
    }

    [Fact]
    public void Parsing_value_types_and_interned_strings_allocates_nothing()
    {
        byte[] json = Encoding.UTF8.GetBytes("""
            {"scalars": {"byte": 255, "sbyte": -128, "short": -32768, "ushort": 65535, "uint": 4294967295,
             "ulong": 18446744073709551615, "float": 1.5, "decimal": 79228162514264337593543950335.0e-10,
             "id": "0f8fad5b-d9cb-469f-a165-70867728950e", "at": "2024-02-29T23:59:59.1234567+05:30",
             "utc": "2024-01-01T10:00:00-02:00", "day": "2024-02-29"},
             "int": 1, "long": -9007199254740993, "double": 0.1, "signal": "SIGKILL", "maybe_signal": null,
             "exit": {"code": 143}, "maybe_id": "0F8FAD5B-D9CB-469F-A165-70867728950E", "maybe_at": "2024-01-01T00:00:00Z",
             "name": "a name", "note": "a note"}
            """);
        var value = Expect.Accepted<ValueKinds>(json);
        Assert.Equal((255, ulong.MaxValue, "a name"), (value.Scalars.Byte, value.Scalars.Ulong, value.Name));
        Assert.Equal(0, Allocations.PerRun(() => ValueKinds.TryParse(json, out _, out _)));
    }

    private static void AssertRejectionAllocatesNothing(string json, StrictJsonErrorKind kind)
    {
        byte[] bytes = Expect.Utf8(json);
        Assert.Equal(kind, Expect.Rejected<LateError>(bytes).Kind);
        Assert.Equal(0, Allocations.PerRun(() => LateError.TryParse(bytes, out _, out _)));
    }

    private static void AssertRejectionAllocatesNothing(string json, StrictJsonErrorKind kind, string path) =>
        AssertRejectionAllocatesNothing<LateError>(json, kind, path);

    private static void AssertRejectionAllocatesNothing<T>(string json, StrictJsonErrorKind kind, string path)
        where T : IStrictJsonParsable<T>
    {
        byte[] bytes = Expect.Utf8(json);
        var error = Expect.Rejected<T>(bytes);
        Assert.Equal((kind, path), (error.Kind, error.Path));
        Assert.Equal(0, Allocations.PerRun(() => T.TryParse(bytes, out _, out _)));
    }
}
