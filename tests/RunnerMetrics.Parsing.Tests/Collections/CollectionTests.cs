using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Collections;

/// <summary>Every collection type reads, writes and reports errors the same way, nested to any depth.</summary>
public class CollectionTests
{
    public static TheoryData<string> CollectionMembers =>
        ["array", "list", "ilist", "collection", "enumerable", "read_only_list", "read_only_collection", "immutable"];

    [Theory]
    [MemberData(nameof(CollectionMembers))]
    public void Every_collection_type_reads_its_elements_in_order(string member)
    {
        var value = Expect.Accepted<Sequences>($$"""{"{{member}}": [3, -1, 2147483647]}""");
        Assert.Equal([3, -1, int.MaxValue], ElementsOf(value, member));
    }

    [Theory]
    [MemberData(nameof(CollectionMembers))]
    public void Every_collection_type_reads_an_empty_array(string member) =>
        Assert.Empty(ElementsOf(Expect.Accepted<Sequences>($$"""{"{{member}}": []}"""), member));

    [Theory]
    [MemberData(nameof(CollectionMembers))]
    public void Every_collection_type_reports_a_bad_element_at_its_index(string member)
    {
        Expect.RejectedAt<Sequences>($$"""{"{{member}}": [1, "2", 3]}""", StrictJsonErrorKind.UnexpectedToken, $"$.{member}[1]", "\"2\"");
        Expect.RejectedAt<Sequences>($$"""{"{{member}}": [1, 2, 3.5]}""", StrictJsonErrorKind.InvalidValue, $"$.{member}[2]", "3.5");
        Expect.RejectedAt<Sequences>($$"""{"{{member}}": [null]}""", StrictJsonErrorKind.UnexpectedToken, $"$.{member}[0]", "null");
    }

    [Theory]
    [MemberData(nameof(CollectionMembers))]
    public void Every_collection_type_rejects_an_object_or_a_scalar(string member)
    {
        Expect.RejectedAt<Sequences>($$$"""{"{{{member}}}": {}}""", StrictJsonErrorKind.UnexpectedToken, $"$.{member}", "{}");
        Expect.RejectedAt<Sequences>($$"""{"{{member}}": 1}""", StrictJsonErrorKind.UnexpectedToken, $"$.{member}", "1}");
    }

    [Theory]
    [MemberData(nameof(CollectionMembers))]
    public void Every_collection_type_is_null_when_absent_or_null(string member)
    {
        Assert.Null(ElementsOrNull(Expect.Accepted<Sequences>("{}"), member));
        Assert.Null(ElementsOrNull(Expect.Accepted<Sequences>($$"""{"{{member}}": null}"""), member));
    }

    [Fact]
    public void Every_collection_type_writes_what_it_reads()
    {
        const string Json = """{"array":[1],"list":[2,3],"ilist":[],"collection":[4],"enumerable":[5,6],"read_only_list":[7],"read_only_collection":[8],"immutable":[9,10]}""";
        Assert.Equal(Json, Expect.WrittenText(Expect.Accepted<Sequences>(Json)));
    }

    [Fact]
    public void Interfaces_are_written_from_any_implementation()
    {
        var value = new Sequences
        {
            Ilist = new[] { 1, 2 },
            Collection = new HashSet<int> { 3 },
            Enumerable = Enumerable.Range(4, 2),
            ReadOnlyList = ImmutableList.Create(6),
            ReadOnlyCollection = new Queue<int>([7]),
        };
        Assert.Equal(
            """{"ilist":[1,2],"collection":[3],"enumerable":[4,5],"read_only_list":[6],"read_only_collection":[7]}""",
            Expect.WrittenText(value));
    }

    [Fact]
    public void Nested_arrays_report_the_inner_index()
    {
        var value = Expect.Accepted<Nests>("""{"rows": [[1, 2], [], [3]]}""");
        Assert.Equal(3, value.Rows!.Count);
        Assert.Equal([1, 2], value.Rows[0]);
        Assert.Empty(value.Rows[1]);
        Expect.RejectedAt<Nests>("""{"rows": [[1], ["a"]]}""", StrictJsonErrorKind.UnexpectedToken, "$.rows[1][0]", "\"a\"");
        Expect.RejectedAt<Nests>("""{"rows": [[1], [2, 3], null]}""", StrictJsonErrorKind.UnexpectedToken, "$.rows[2]", "null");
    }

    [Fact]
    public void Objects_in_a_list_report_the_member_path_under_the_index()
    {
        const string Json = """{"items": [{"name": "a", "size": 1}, {"name": "b", "size": 2}, {"name": 3, "size": 3}]}""";
        Expect.RejectedAt<Nests>(Json, StrictJsonErrorKind.UnexpectedToken, "$.items[2].name", "3,");
        Expect.RejectedAt<Nests>("""{"items": [{"name": "a"}]}""", StrictJsonErrorKind.MissingMember, "$.items[0].size", "}]");
    }

    [Fact]
    public void Lists_in_a_dictionary_report_key_index_and_member()
    {
        const string Json = """{"groups": {"small": [{"name": "a", "size": 1}], "big": [{"name": "b", "size": 2}, {"name": "c", "size": -1.5}]}}""";
        Expect.RejectedAt<Nests>(Json, StrictJsonErrorKind.InvalidValue, "$.groups['big'][1].size", "-1.5");
        var value = Expect.Accepted<Nests>(Json.Replace("-1.5", "-1", System.StringComparison.Ordinal));
        Assert.Equal(["small", "big"], value.Groups!.Keys);
        Assert.Equal([new Item("b", 2), new Item("c", -1)], value.Groups["big"]);
    }

    [Fact]
    public void Null_elements_are_read_only_for_nullable_element_types()
    {
        var value = Expect.Accepted<Nests>("""{"holes": [1, null], "names": [null, "x"], "slots": [null, {"name": "s", "size": 0}]}""");
        Assert.Equal([1, null], value.Holes);
        Assert.Equal([null, "x"], value.Names);
        Assert.Equal(new Item?[] { null, new Item("s", 0) }, value.Slots!);
        Expect.RejectedAt<Nests>("""{"words": ["a", null]}""", StrictJsonErrorKind.UnexpectedToken, "$.words[1]", "null");
        Expect.RejectedAt<Nests>("""{"items": [null]}""", StrictJsonErrorKind.UnexpectedToken, "$.items[0]", "null");
        Expect.RejectedAt<Nests>("""{"groups": {"g": [null]}}""", StrictJsonErrorKind.UnexpectedToken, "$.groups['g'][0]", "null");
    }

    [Fact]
    public void Min_and_max_length_apply_to_lists()
    {
        Assert.Equal([1, 2], Expect.Accepted<Nests>("""{"few": [1, 2]}""").Few);
        Expect.RejectedAt<Nests>("""{"few": []}""", StrictJsonErrorKind.OutOfRange, "$.few", "]}");
        Expect.RejectedAt<Nests>("""{"few": [1, 2, 3]}""", StrictJsonErrorKind.OutOfRange, "$.few", "]}");
        Assert.Equal(["x"], Expect.Accepted<WideRange>("""{"names": ["x"]}""").Names);
        Expect.RejectedAt<WideRange>("""{"names": ["x", "y", "z"]}""", StrictJsonErrorKind.OutOfRange, "$.names", "]}");
    }

    private static int[] ElementsOf(Sequences value, string member) =>
        ElementsOrNull(value, member) ?? throw new Xunit.Sdk.XunitException($"{member} is null");

    private static int[]? ElementsOrNull(Sequences value, string member) => member switch
    {
        "array" => value.Array,
        "list" => value.List?.ToArray(),
        "ilist" => value.Ilist?.ToArray(),
        "collection" => value.Collection?.ToArray(),
        "enumerable" => value.Enumerable?.ToArray(),
        "read_only_list" => value.ReadOnlyList?.ToArray(),
        "read_only_collection" => value.ReadOnlyCollection?.ToArray(),
        "immutable" => value.Immutable is { } immutable ? [.. immutable] : null,
        _ => throw new System.ArgumentOutOfRangeException(nameof(member), member, null),
    };
}
