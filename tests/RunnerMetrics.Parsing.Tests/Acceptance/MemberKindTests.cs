using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

/// <summary>C# <c>required</c> and <c>init</c> members, inherited members, visible defaults and exact 64-bit ranges.</summary>
public class MemberKindTests
{
    [Fact]
    public void Required_members_are_set_by_the_generated_code()
    {
        var value = Expect.Accepted<WithRequired>("""{"name": "n", "count": 2, "label": "l"}""");
        Assert.Equal(("n", (int?)2, "l", (string?)null), (value.Name, value.Count, value.Label, value.Note));
    }

    [Fact]
    public void A_required_nullable_member_must_be_present_but_may_be_null()
    {
        Assert.Null(Expect.Accepted<WithRequired>("""{"name": "n", "count": null, "label": ""}""").Count);
        Expect.RejectedAt<WithRequired>("""{"name": "n", "label": ""}""", StrictJsonErrorKind.MissingMember, "$.count", "}");
    }

    [Fact]
    public void A_required_member_is_missing_when_absent() =>
        Expect.RejectedAt<WithRequired>("""{"count": 1, "label": ""}""", StrictJsonErrorKind.MissingMember, "$.name", "}");

    [Fact]
    public void An_init_member_with_an_initializer_stays_required() =>
        Expect.RejectedAt<WithRequired>("""{"name": "n", "count": 1}""", StrictJsonErrorKind.MissingMember, "$.label", "}");

    [Fact]
    public void Required_and_init_members_round_trip()
    {
        var value = new WithRequired { Name = "n", Count = null, Label = "l", Note = "note" };
        string text = Expect.WrittenText(value);
        Assert.Equal("""{"name":"n","count":null,"label":"l","note":"note"}""", text);
        var parsed = Expect.Accepted<WithRequired>(text);
        Assert.Equal((value.Name, value.Count, value.Label, value.Note), (parsed.Name, parsed.Count, parsed.Label, parsed.Note));
    }

    [Fact]
    public void Members_inherited_from_a_plain_base_are_read_and_written()
    {
        var value = Expect.Accepted<FromPlainBase>("""{"level": 3, "origin": "base", "rank": 1}""");
        Assert.Equal((3, "base", (int?)1), (value.Level, value.Origin, value.Rank));
        Expect.RejectedAt<FromPlainBase>("""{"level": 3}""", StrictJsonErrorKind.MissingMember, "$.origin", "}");
        var written = Expect.Accepted<FromPlainBase>(Expect.Written(value));
        Assert.Equal((3, "base", (int?)1), (written.Level, written.Origin, written.Rank));
    }

    [Fact]
    public void Parse_on_a_type_derived_from_a_strict_json_type_returns_the_derived_type()
    {
        Dog dog = Dog.Parse("""{"name": "rex", "good": true}"""u8);
        Assert.Equal(("rex", true), (dog.Name, dog.Good));
        Assert.True(Dog.TryParse("""{"name": "rex", "good": false}"""u8, out var other, out _));
        Assert.IsType<Dog>(other);
        Expect.RejectedAt<Dog>("""{"good": true}""", StrictJsonErrorKind.MissingMember, "$.name", "}");
    }

    [Fact]
    public void The_base_type_still_parses_alone_and_rejects_derived_members()
    {
        Assert.Equal("cat", Expect.Accepted<Animal>("""{"name": "cat"}""").Name);
        Expect.RejectedAt<Animal>("""{"name": "rex", "good": true}""", StrictJsonErrorKind.UnknownMember, "$", "\"good\"");
    }

    [Fact]
    public void A_derived_value_writes_its_own_and_its_base_members_even_through_the_base()
    {
        var dog = new Dog { Name = "rex", Good = true };
        var fromDerived = Expect.Accepted<Dog>(Expect.Written(dog));
        Assert.Equal(("rex", true), (fromDerived.Name, fromDerived.Good));
        Assert.Contains("\"name\":\"rex\"", Expect.WrittenText(dog), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_primary_constructor_default_makes_a_member_optional()
    {
        Assert.Equal(new Defaults("n"), Expect.Accepted<Defaults>("""{"name": "n"}"""));
        Assert.Equal(new Defaults("n", 0, "slow", Signal.Kill), Expect.Accepted<Defaults>("""{"name": "n", "retries": 0, "mode": "slow", "signal": "SIGKILL"}"""));
        Expect.RejectedAt<Defaults>("""{"retries": 1}""", StrictJsonErrorKind.MissingMember, "$.name", "}");
    }

    [Fact]
    public void A_member_with_a_default_still_rejects_null() =>
        Expect.RejectedAt<Defaults>("""{"name": "n", "retries": null}""", StrictJsonErrorKind.UnexpectedToken, "$.retries", "null");

    [Fact]
    public void A_nullable_property_keeps_its_initializer_when_absent_and_becomes_null_when_null()
    {
        var absent = Expect.Accepted<Initialized>("""{"plain": "p"}""");
        Assert.Equal(("keep", (int?)7), (absent.Keep, absent.Number));
        var nulls = Expect.Accepted<Initialized>("""{"plain": "p", "keep": null, "number": null}""");
        Assert.Equal((null, null), (nulls.Keep, nulls.Number));
        var present = Expect.Accepted<Initialized>("""{"plain": "p", "keep": "k", "number": 1}""");
        Assert.Equal(("k", (int?)1), (present.Keep, present.Number));
    }

    [Fact]
    public void A_non_nullable_property_with_an_initializer_stays_required() =>
        Expect.RejectedAt<Initialized>("""{"keep": "k"}""", StrictJsonErrorKind.MissingMember, "$.plain", "}");

    [Theory]
    [InlineData("long", "9007199254740992")]
    [InlineData("ulong", "9007199254740992")]
    [InlineData("long", "0")]
    [InlineData("negative", "-9007199254740992")]
    [InlineData("ulong", "0")]
    [InlineData("uint", "0")]
    [InlineData("uint", "4294967295")]
    [InlineData("byte", "0")]
    [InlineData("byte", "200")]
    public void Range_on_integers_accepts_its_exact_bounds(string member, string number) =>
        Expect.Accepted<WideRange>($$"""{"{{member}}": {{number}}}""");

    [Theory]
    [InlineData("long", "9007199254740993")]
    [InlineData("ulong", "9007199254740993")]
    [InlineData("long", "9223372036854775807")]
    [InlineData("ulong", "18446744073709551615")]
    [InlineData("long", "-1")]
    [InlineData("negative", "-9007199254740993")]
    [InlineData("negative", "1")]
    [InlineData("byte", "201")]
    public void Range_on_64_bit_integers_compares_exactly_beyond_2_to_the_53(string member, string number) =>
        Expect.RejectedAt<WideRange>($$"""{"{{member}}": {{number}}}""", StrictJsonErrorKind.OutOfRange, "$." + member, number);
}
