using System.Globalization;
using CsCheck;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Properties;

/// <summary>Decimal numbers read exactly as <c>double.Parse</c> reads them, whichever internal path parses them.</summary>
public class NumberProperties
{
    // Short decimals (the fast path), long ones and exponents (the general parser), signs and leading zeros.
    private static readonly Gen<string> Decimals = Gen.Select(
        Gen.OneOfConst("", "-"),
        Gen.Long[0, long.MaxValue].Select(digits => digits.ToString(CultureInfo.InvariantCulture)),
        Gen.Int[0, 30],
        Gen.OneOfConst("", "e5", "E-3", "e+200", "e-300"),
        (sign, digits, point, exponent) =>
            sign + WithDecimalPoint(digits, point) + exponent);

    // Puts the point `point` digits from the right: "1234", 2 → "12.34"; "12", 4 → "0.0012".
    private static string WithDecimalPoint(string digits, int point) =>
        point == 0 ? digits
        : point < digits.Length ? digits[..^point] + "." + digits[^point..]
        : "0." + new string('0', point - digits.Length) + digits;

    [Fact]
    public void Decimal_text_reads_as_the_correctly_rounded_double() =>
        Decimals.Sample(text =>
        {
            double expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            var parsed = Expect.Accepted<Measurement>($$"""{"name":"n","value":{{text}},"signal":"none"}""");
            Assert.Equal(expected, parsed.Value);
        });

    [Theory]
    [InlineData("0.1")]
    [InlineData("1700000000.5")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456")]
    [InlineData("0.0000000000000000000001")]
    [InlineData("0.00000000000000000000001")]
    [InlineData("-0")]
    [InlineData("9007199254740993")]
    public void Edge_cases_match_double_parse(string text) =>
        Assert.Equal(
            double.Parse(text, CultureInfo.InvariantCulture),
            Expect.Accepted<Measurement>($$"""{"name":"n","value":{{text}},"signal":"none"}""").Value);
}
