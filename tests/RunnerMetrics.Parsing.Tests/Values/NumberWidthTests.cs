using System;
using System.Globalization;
using System.Numerics;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

/// <summary>Every integer width takes exactly its range; float and decimal keep to theirs.</summary>
public class NumberWidthTests
{
    public static TheoryData<string, string, string> IntegerWidths => new()
    {
        { "byte", "0", "255" },
        { "sbyte", "-128", "127" },
        { "short", "-32768", "32767" },
        { "ushort", "0", "65535" },
        { "int", "-2147483648", "2147483647" },
        { "uint", "0", "4294967295" },
        { "long", "-9223372036854775808", "9223372036854775807" },
        { "ulong", "0", "18446744073709551615" },
    };

    [Theory]
    [MemberData(nameof(IntegerWidths))]
    public void Every_integer_width_accepts_its_minimum_and_maximum(string member, string min, string max)
    {
        Assert.Equal(BigInteger.Parse(min, CultureInfo.InvariantCulture), IntegerOf(Expect.Accepted<Widths>($$"""{"{{member}}":{{min}}}"""), member));
        Assert.Equal(BigInteger.Parse(max, CultureInfo.InvariantCulture), IntegerOf(Expect.Accepted<Widths>($$"""{"{{member}}":{{max}}}"""), member));
    }

    [Theory]
    [MemberData(nameof(IntegerWidths))]
    public void Every_integer_width_rejects_one_below_its_minimum_and_one_above_its_maximum(string member, string min, string max)
    {
        string below = (BigInteger.Parse(min, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);
        string above = (BigInteger.Parse(max, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        Expect.RejectedAt<Widths>($$"""{"{{member}}":{{below}}}""", StrictJsonErrorKind.OutOfRange, "$." + member, below);
        Expect.RejectedAt<Widths>($$"""{"{{member}}":{{above}}}""", StrictJsonErrorKind.OutOfRange, "$." + member, above);
    }

    [Theory]
    [MemberData(nameof(IntegerWidths))]
    public void Every_integer_width_rejects_fractions_and_exponents(string member, string min, string max)
    {
        _ = (min, max);
        foreach (string number in new[] { "1.5", "1e2", "1.0", "0E0" })
        {
            Expect.RejectedAt<Widths>($$"""{"{{member}}": {{number}}}""", StrictJsonErrorKind.InvalidValue, "$." + member, number);
        }
    }

    [Theory]
    [MemberData(nameof(IntegerWidths))]
    public void Every_integer_width_rejects_a_number_in_a_string(string member, string min, string max)
    {
        _ = (min, max);
        Expect.RejectedAt<Widths>($$"""{"{{member}}": "1"}""", StrictJsonErrorKind.UnexpectedToken, "$." + member, "\"1\"");
    }

    [Theory]
    [InlineData("3.4028235e38", float.MaxValue)]
    [InlineData("-3.4028235e38", float.MinValue)]
    [InlineData("1.5", 1.5f)]
    [InlineData("1e-50", 0f)]
    public void Float_accepts_what_rounds_to_a_finite_single(string number, float expected) =>
        Assert.Equal(expected, Expect.Accepted<Widths>($$"""{"float":{{number}}}""").Float);

    [Theory]
    [InlineData("1e39")]
    [InlineData("-1e39")]
    [InlineData("3.5e38")]
    public void Float_rejects_what_rounds_to_infinity(string number) =>
        Expect.RejectedAt<Widths>($$"""{"float": {{number}}}""", StrictJsonErrorKind.OutOfRange, "$.float", number);

    [Fact]
    public void Decimal_keeps_the_exact_value_of_the_literal()
    {
        Assert.Equal(0.1m, Expect.Accepted<Widths>("""{"decimal":0.1}""").Decimal);
        Assert.Equal(1.0000000000000000000000000001m, Expect.Accepted<Widths>("""{"decimal":1.0000000000000000000000000001}""").Decimal);
        Assert.Equal(-12345678901234567890.123456789m, Expect.Accepted<Widths>("""{"decimal":-12345678901234567890.123456789}""").Decimal);
        Assert.Equal(100m, Expect.Accepted<Widths>("""{"decimal":1e2}""").Decimal);
    }

    [Fact]
    public void Decimal_accepts_its_limits() =>
        Assert.Equal(
            (decimal.MaxValue, decimal.MinValue),
            (Expect.Accepted<Widths>("""{"decimal":79228162514264337593543950335}""").Decimal, Expect.Accepted<Widths>("""{"decimal":-79228162514264337593543950335}""").Decimal));

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("-79228162514264337593543950336")]
    [InlineData("1e29")]
    public void Decimal_rejects_values_beyond_its_range(string number) =>
        Expect.RejectedAt<Widths>($$"""{"decimal": {{number}}}""", StrictJsonErrorKind.OutOfRange, "$.decimal", number);

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    [InlineData("decimal")]
    public void Non_integers_reject_a_number_in_a_string(string member) =>
        Expect.RejectedAt<Widths>($$"""{"{{member}}": "0.5"}""", StrictJsonErrorKind.UnexpectedToken, "$." + member, "\"0.5\"");

    private static BigInteger IntegerOf(Widths widths, string member) => member switch
    {
        "byte" => widths.Byte!.Value,
        "sbyte" => widths.Sbyte!.Value,
        "short" => widths.Short!.Value,
        "ushort" => widths.Ushort!.Value,
        "int" => widths.Int!.Value,
        "uint" => widths.Uint!.Value,
        "long" => widths.Long!.Value,
        "ulong" => widths.Ulong!.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(member), member, null),
    };
}
