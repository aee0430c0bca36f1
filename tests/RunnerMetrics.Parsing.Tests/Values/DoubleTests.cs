using System;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

public class DoubleTests
{
    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1.8e308")]
    [InlineData("123456789e999")]
    public void Doubles_beyond_the_finite_range_are_out_of_range(string number) =>
        Expect.RejectedAt<Limits>($$"""{"double":{{number}}}""", StrictJsonErrorKind.OutOfRange, "$.double", number);

    [Fact]
    public void Negative_zero_is_accepted_and_kept()
    {
        double value = Expect.Accepted<Limits>("""{"double":-0.0}""").Double!.Value;
        Assert.Equal(0d, value);
        Assert.True(double.IsNegative(value));
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("-1e-400")]
    public void Underflow_is_zero(string number) =>
        Assert.Equal(0d, Expect.Accepted<Limits>($$"""{"double":{{number}}}""").Double);

    [Theory]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    [InlineData("-1.7976931348623157e308", double.MinValue)]
    [InlineData("5e-324", double.Epsilon)]
    [InlineData("1E+2", 100d)]
    [InlineData("0.1", 0.1)]
    [InlineData("3", 3d)]
    public void Finite_doubles_are_read_exactly(string number, double expected) =>
        Assert.Equal(expected, Expect.Accepted<Limits>($$"""{"double":{{number}}}""").Double);

    [Fact]
    public void A_long_run_of_digits_is_read_to_the_nearest_double()
    {
        string digits = "0." + new string('3', 400);
        Assert.Equal(1d / 3, Expect.Accepted<Limits>($$"""{"double":{{digits}}}""").Double);
    }

    [Theory]
    [InlineData("\"1.5\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("null")]
    [InlineData("false")]
    public void Doubles_reject_other_json_types(string value) =>
        Expect.RejectedAt<JobEnd>($$"""{"timestamp":{{value}},"status":"normal"}""", StrictJsonErrorKind.UnexpectedToken, "$.timestamp", value);

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1.")]
    [InlineData("1.e5")]
    [InlineData("1e")]
    [InlineData("1,5")]
    public void Non_json_numbers_are_invalid_json(string number) =>
        Expect.RejectedAs<Limits>($$"""{"double":{{number}}}""", StrictJsonErrorKind.InvalidJson);

    [Theory]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    [InlineData(-0.0)]
    [InlineData(0.1 + 0.2)]
    [InlineData(1e-300)]
    [InlineData(-123456.789e10)]
    public void Written_doubles_read_back_bit_for_bit(double number)
    {
        var value = new Limits { Double = number };
        double again = Expect.Accepted<Limits>(Expect.Written(value)).Double!.Value;
        Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(again));
    }
}
