using System.Collections.Generic;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Collections;

/// <summary>String-keyed dictionaries: keys verbatim, repeated keys rejected, errors at the key's path.</summary>
public class DictionaryTests
{
    [Fact]
    public void Keys_are_taken_verbatim_without_the_naming_policy()
    {
        var value = Expect.Accepted<Tallies>("""{"counts": {"FooBar": 1, "foo_bar": 2, "": 3, "a b": 4, "é": 5}}""");
        Assert.Equal(
            new Dictionary<string, int> { ["FooBar"] = 1, ["foo_bar"] = 2, [""] = 3, ["a b"] = 4, ["é"] = 5 },
            value.Counts);
    }

    [Fact]
    public void Every_dictionary_type_reads_and_writes_its_entries()
    {
        const string Json = """{"counts":{"a":1},"labels":{"x":"y","z":null},"by_name":{"k":{"name":"n","size":2}},"deep":{"o":{"i":9007199254740993}}}""";
        var value = Expect.Accepted<Tallies>(Json);
        Assert.Equal(new Dictionary<string, string?> { ["x"] = "y", ["z"] = null }, value.Labels);
        Assert.Equal(new Item("n", 2), value.ByName!["k"]);
        Assert.Equal(9007199254740993L, value.Deep!["o"]["i"]);
        Assert.Equal(Json, Expect.WrittenText(value));
    }

    [Fact]
    public void An_empty_object_is_an_empty_dictionary() =>
        Assert.Empty(Expect.Accepted<Tallies>("""{"counts": {}}""").Counts!);

    [Fact]
    public void A_repeated_key_is_a_duplicate_member_at_the_second_key() =>
        Expect.RejectedAt<Tallies>("""{"counts": {"a": 1, "b": 2, "a": 3}}""", StrictJsonErrorKind.DuplicateMember, "$.counts['a']", "\"a\": 3");

    [Theory]
    [InlineData("""{"counts": {"a": 1, "\u0061": 2}}""", "\"\\u0061\"")]
    [InlineData("""{"counts": {"\u0061": 1, "a": 2}}""", "\"a\"")]
    [InlineData("""{"counts": {"a": 1, "\/a": 2, "/a": 3}}""", "\"/a\"")]
    public void Escaped_keys_are_compared_unescaped(string json, string repeatedKey)
    {
        var error = Expect.Rejected<Tallies>(json);
        Assert.Equal(StrictJsonErrorKind.DuplicateMember, error.Kind);
        Assert.Equal(json.LastIndexOf(repeatedKey, System.StringComparison.Ordinal), error.BytePosition);
        Assert.Equal(repeatedKey == "\"/a\"" ? "$.counts['/a']" : "$.counts['a']", error.Path);
    }

    [Fact]
    public void Escaped_keys_are_unescaped() =>
        Assert.Equal(["a", "\"q\"", "tab\t"], Expect.Accepted<Tallies>("""{"counts": {"\u0061": 1, "\"q\"": 2, "tab\t": 3}}""").Counts!.Keys);

    [Theory]
    [InlineData("a b", "$.counts['a b']")]
    [InlineData("", "$.counts['']")]
    [InlineData("it's", "$.counts['it\\'s']")]
    public void A_bad_value_is_reported_at_its_key(string key, string path)
    {
        string json = "{\"counts\": {\"ok\": 1, " + System.Text.Json.JsonSerializer.Serialize(key) + ": true}}";
        Expect.RejectedAt<Tallies>(json, StrictJsonErrorKind.UnexpectedToken, path, "true");
    }

    [Fact]
    public void Nested_dictionaries_and_objects_report_every_key()
    {
        Expect.RejectedAt<Tallies>("""{"deep": {"o": {"i": 1.5}}}""", StrictJsonErrorKind.InvalidValue, "$.deep['o']['i']", "1.5");
        Expect.RejectedAt<Tallies>("""{"by_name": {"k": {"name": "n", "size": 1, "x": 0}}}""", StrictJsonErrorKind.UnknownMember, "$.by_name['k']", "\"x\"");
        Expect.RejectedAt<Tallies>("""{"by_name": {"k": {"name": "n"}}}""", StrictJsonErrorKind.MissingMember, "$.by_name['k'].size", "}}");
    }

    [Fact]
    public void Null_values_are_read_only_for_nullable_value_types()
    {
        Expect.RejectedAt<Tallies>("""{"counts": {"a": null}}""", StrictJsonErrorKind.UnexpectedToken, "$.counts['a']", "null");
        Expect.RejectedAt<Tallies>("""{"by_name": {"a": null}}""", StrictJsonErrorKind.UnexpectedToken, "$.by_name['a']", "null");
    }

    [Fact]
    public void A_dictionary_rejects_an_array() =>
        Expect.RejectedAt<Tallies>("""{"counts": [1]}""", StrictJsonErrorKind.UnexpectedToken, "$.counts", "[1]");

    [Fact]
    public void Many_keys_are_checked_for_duplicates_throughout()
    {
        var json = new System.Text.StringBuilder("""{"counts": {""");
        for (int i = 0; i < 500; i++)
        {
            json.Append(System.Globalization.CultureInfo.InvariantCulture, $"\"k{i}\": {i}, ");
        }

        Assert.Equal(500, Expect.Accepted<Tallies>(json.ToString()[..^2] + "}}").Counts!.Count);
        json.Append("\"k250\": 0}}");
        Expect.RejectedAt<Tallies>(json.ToString(), StrictJsonErrorKind.DuplicateMember, "$.counts['k250']", "\"k250\": 0}");
    }
}
