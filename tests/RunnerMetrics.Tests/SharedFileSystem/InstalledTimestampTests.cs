using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Tests.SharedFileSystem;

public sealed partial class InstalledTimestampTests
{
    [Theory]
    [InlineData("123", 123d)]
    [InlineData("0", 0d)]
    [InlineData("123.45", 123.45)]
    [InlineData("1.7e9", 1.7e9)]
    [InlineData("1.7E+9", 1.7e9)]
    [InlineData("1e-3", 0.001)]
    [InlineData("1696427232.2253454", 1696427232.2253454)]
    [InlineData("1700000000\n", 1700000000d)]
    [InlineData(" \t\r\n\f\v1700000000 \t\r\n\f\v", 1700000000d)]
    [InlineData("5.", 5d)]
    [InlineData(".5", 0.5)]
    [InlineData("00012", 12d)]
    [InlineData("1e-400", 0d)]
    public void Accepts_decimal_numbers(string text, double expected)
    {
        Assert.True(InstalledTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("-1")]
    [InlineData("-0")]
    [InlineData("+1")]
    [InlineData("1,5")]
    [InlineData("1 000")]
    [InlineData("1_000")]
    [InlineData("0x10")]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("inf")]
    [InlineData("1e400")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("e5")]
    [InlineData(".")]
    [InlineData(".e1")]
    [InlineData("1.2.3")]
    [InlineData("1d")]
    [InlineData("1f")]
    [InlineData("١٢٣")]
    [InlineData("\u00a0123")]
    [InlineData("123\u2028")]
    [InlineData("123\0")]
    [InlineData("{\"timestamp\": 1}")]
    public void Rejects_everything_else(string text)
    {
        Assert.False(InstalledTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out double value));
        Assert.Equal(0d, value);
    }

    [Fact]
    public void Rejects_invalid_utf8_and_a_bom()
    {
        Assert.False(InstalledTimestamp.TryParse([0xFF, (byte)'1'], out _));
        Assert.False(InstalledTimestamp.TryParse([0xEF, 0xBB, 0xBF, (byte)'1'], out _));
    }

    [Fact]
    public void Parsing_allocates_nothing()
    {
        ReadOnlySpan<byte> text = " 1696427232.2253454e0\n"u8;
        InstalledTimestamp.TryParse(text, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            InstalledTimestamp.TryParse(text, out _);
            InstalledTimestamp.TryParse("1,5"u8, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Round_trips_every_finite_non_negative_double()
    {
        Gen.Double.Where(d => double.IsFinite(d) && d >= 0)
            .Select(Gen.OneOfConst("R", "E17", "F6", "G"), Gen.OneOfConst("", " ", "\n", "\t\r\n"))
            .Sample((value, format, space) =>
            {
                string text = space + value.ToString(format, CultureInfo.InvariantCulture) + space;
                return InstalledTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out double parsed)
                    && parsed == double.Parse(text, CultureInfo.InvariantCulture);
            });
    }

    [Fact]
    public void Agrees_with_a_reference_model_on_random_text()
    {
        // Short strings over an alphabet that hits every branch of the grammar.
        Gen.Char["0123456789.eE+- \t\n,xN"].Array[0, 12].Select(chars => new string(chars))
            .Sample(text =>
            {
                bool accepted = InstalledTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out double value);
                bool expected = Reference(text, out double expectedValue);
                return accepted == expected && (!accepted || value == expectedValue);
            }, iter: 20_000);
    }

    private static bool Reference(string text, out double value)
    {
        value = 0;
        string trimmed = text.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        return Grammar().IsMatch(trimmed)
            && double.TryParse(trimmed, NumberStyles.Float & ~NumberStyles.AllowLeadingSign & ~NumberStyles.AllowLeadingWhite & ~NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    [GeneratedRegex(@"^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")]
    private static partial Regex Grammar();
}
