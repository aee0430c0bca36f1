using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

public class IntegerTests
{
    [Theory]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("42", 42)]
    public void Int_accepts_its_whole_range(string number, int expected) =>
        Assert.Equal(expected, Expect.Accepted<Limits>($$"""{"int":{{number}}}""").Int);

    [Theory]
    [InlineData("-2147483649")]
    [InlineData("2147483648")]
    [InlineData("9223372036854775807")]
    [InlineData("99999999999999999999999999")]
    public void Int_rejects_values_beyond_its_limits(string number) =>
        Expect.RejectedAt<Limits>($$"""{"int":{{number}}}""", StrictJsonErrorKind.OutOfRange, "$.int", number);

    [Theory]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("2147483648", 2147483648L)]
    public void Long_accepts_its_whole_range(string number, long expected) =>
        Assert.Equal(expected, Expect.Accepted<Limits>($$"""{"long":{{number}}}""").Long);

    [Theory]
    [InlineData("-9223372036854775809")]
    [InlineData("9223372036854775808")]
    [InlineData("18446744073709551616")]
    public void Long_rejects_values_beyond_its_limits(string number) =>
        Expect.RejectedAt<Limits>($$"""{"long":{{number}}}""", StrictJsonErrorKind.OutOfRange, "$.long", number);

    [Theory]
    [InlineData("1.5")]
    [InlineData("1.0")]
    [InlineData("0.0")]
    [InlineData("1e2")]
    [InlineData("1E2")]
    [InlineData("1e0")]
    [InlineData("-0.0")]
    [InlineData("10E-1")]
    public void Int_rejects_fractions_and_exponents(string number) =>
        Expect.RejectedAt<Limits>($$"""{"int":{{number}}}""", StrictJsonErrorKind.InvalidValue, "$.int", number);

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e2")]
    [InlineData("9223372036854775807.0")]
    public void Long_rejects_fractions_and_exponents(string number) =>
        Expect.RejectedAt<Limits>($$"""{"long":{{number}}}""", StrictJsonErrorKind.InvalidValue, "$.long", number);

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("{}")]
    public void Int_rejects_other_json_types(string value) =>
        Expect.RejectedAt<Limits>($$"""{"int":{{value}}}""", StrictJsonErrorKind.UnexpectedToken, "$.int", value);

    [Theory]
    [InlineData("01")]
    [InlineData("+1")]
    [InlineData("0x10")]
    [InlineData("1_000")]
    [InlineData(".5")]
    [InlineData("NaN")]
    public void Non_json_numbers_are_invalid_json(string number) =>
        Expect.RejectedAs<Limits>($$"""{"int":{{number}}}""", StrictJsonErrorKind.InvalidJson);
}
