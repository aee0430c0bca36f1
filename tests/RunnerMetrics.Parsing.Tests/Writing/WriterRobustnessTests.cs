using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Writing;

/// <summary>
/// <c>WriteTo</c> of a value JSON can't carry throws an <see cref="InvalidOperationException"/> naming the member,
/// never a <see cref="NullReferenceException"/> and never a silent replacement.
/// </summary>
public class WriterRobustnessTests
{
    public static TheoryData<string, Action<Fragile>> OutOfDomain => new()
    {
        { "$.text", value => value.Text = null! },
        { "$.child", value => value.Child = null! },
        { "$.numbers", value => value.Numbers = null! },
        { "$.words", value => value.Words = null! },
        { "$.words[1]", value => value.Words = ["ok", null!] },
        { "$.items", value => value.Items = null! },
        { "$.items[0]", value => value.Items = [null!] },
        { "$.items[0].name", value => value.Items = [new Item(null!, 1)] },
        { "$.counts", value => value.Counts = null! },
        { "$.ratio", value => value.Ratio = double.NaN },
        { "$.ratio", value => value.Ratio = double.PositiveInfinity },
        { "$.ratio", value => value.Ratio = double.NegativeInfinity },
        { "$.single", value => value.Single = float.NaN },
        { "$.single", value => value.Single = float.PositiveInfinity },
        { "$.maybe_ratio", value => value.MaybeRatio = double.NaN },
        { "$.signal", value => value.Signal = (Signal)12345 },
        { "$.text", value => value.Text = "lone \ud800 surrogate" },
        { "$.text", value => value.Text = "reversed \udc00\ud800 pair" },
        { "$.text", value => value.Text = "trailing high \ud83d" },
        { "$.child.name", value => value.Child = new Item("\udfff", 1) },
        { "$.counts", value => value.Counts = new Dictionary<string, int> { ["key \ud800"] = 1 } },
        { "$.fixed", value => value.Fixed = default },
    };

    [Theory]
    [MemberData(nameof(OutOfDomain))]
    public void Writing_a_value_outside_the_json_domain_throws_naming_the_member(string path, Action<Fragile> spoil)
    {
        var value = new Fragile();
        spoil(value);
        AssertThrowsAt(path, value);
    }

    [Fact]
    public void A_valid_value_writes_and_reads_back()
    {
        var value = new Fragile { Text = "pair \ud83d\ude00 ok", Ratio = -0.5, Single = 1.5f, Signal = Signal.Kill, Counts = new() { ["\ud83d\ude00"] = 2 } };
        var parsed = Expect.Accepted<Fragile>(Expect.Written(value));
        Assert.Equal((value.Text, value.Ratio, value.Single, value.Signal), (parsed.Text, parsed.Ratio, parsed.Single, parsed.Signal));
        Assert.Equal(value.Counts, parsed.Counts);
        Assert.Equal(value.Fixed, parsed.Fixed, EqualityComparer<int>.Default);
    }

    [Fact]
    public void A_bad_value_in_a_dictionary_throws_naming_its_key()
    {
        AssertThrowsAt("$.by_name['k']", new Tallies { ByName = new Dictionary<string, Item> { ["ok"] = new("n", 1), ["k"] = null! } });
        AssertThrowsAt("$.by_name['it\\'s'].name", new Tallies { ByName = new Dictionary<string, Item> { ["it's"] = new("\ud800", 1) } });
        AssertThrowsAt("$.deep['a']", new Tallies { Deep = new() { ["a"] = null! } });
    }

    [Fact]
    public void A_bad_value_deep_in_nested_collections_throws_with_every_index()
    {
        AssertThrowsAt("$.groups['g'][1].name", new Nests { Groups = new() { ["g"] = [new("a", 1), new(null!, 2)] } });
        AssertThrowsAt("$.rows[1]", new Nests { Rows = [[1], null!] });
        AssertThrowsAt("$.slots[1].name", new Nests { Slots = [null, new("\udc00", 0)] });
    }

    /// <summary>Throws naming exactly <paramref name="path"/>, not a longer or shorter one.</summary>
    private static void AssertThrowsAt<T>(string path, T value)
        where T : IStrictJsonParsable<T>
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Expect.Written(value));
        Assert.StartsWith($"The member at {path} ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_immutable_array_in_a_nullable_member_throws_naming_it()
    {
        var value = new Sequences { Immutable = default(ImmutableArray<int>) };
        AssertThrowsAt("$.immutable", value);
    }

    [Fact]
    public void A_bad_element_of_an_immutable_array_throws_naming_its_index() =>
        AssertThrowsAt("$.names[1]", new ImmutableNames { Names = ["a", null!, "c"] });

    [Fact]
    public void A_null_required_string_throws_naming_it() =>
        AssertThrowsAt("$.name", new WithRequired { Name = null!, Count = 1 });
}

/// <summary>An immutable array of strings, for the writer's element paths.</summary>
[StrictJson]
public sealed partial class ImmutableNames
{
    public ImmutableArray<string> Names { get; set; }
}
