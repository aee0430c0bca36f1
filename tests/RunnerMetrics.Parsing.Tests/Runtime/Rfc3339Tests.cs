using System;
using System.Text;
using System.Text.Json;
using RunnerMetrics.Parsing.Runtime;

namespace RunnerMetrics.Parsing.Tests.Runtime;

/// <summary>Each rule of the RFC 3339 grammar and calendar, one accepted and one rejected input at a time.</summary>
public class Rfc3339Tests
{
    [Theory]
    [InlineData("2024-02-29T12:34:56Z", "2024-02-29T12:34:56.0000000+00:00")]
    [InlineData("2023-02-28T00:00:00Z", "2023-02-28T00:00:00.0000000+00:00")]
    [InlineData("2000-02-29T00:00:00Z", "2000-02-29T00:00:00.0000000+00:00")]
    [InlineData("2024-04-30T23:59:59Z", "2024-04-30T23:59:59.0000000+00:00")]
    [InlineData("2024-12-31T23:59:59+14:00", "2024-12-31T23:59:59.0000000+14:00")]
    [InlineData("2024-01-01T00:00:00-14:00", "2024-01-01T00:00:00.0000000-14:00")]
    [InlineData("2024-01-01T00:00:00+05:30", "2024-01-01T00:00:00.0000000+05:30")]
    [InlineData("2024-01-01T00:00:00-00:00", "2024-01-01T00:00:00.0000000+00:00")]
    [InlineData("2024-01-01T00:00:00+00:00", "2024-01-01T00:00:00.0000000+00:00")]
    [InlineData("2024-01-01T00:00:00.1Z", "2024-01-01T00:00:00.1000000+00:00")]
    [InlineData("2024-01-01T00:00:00.12Z", "2024-01-01T00:00:00.1200000+00:00")]
    [InlineData("2024-01-01T00:00:00.123Z", "2024-01-01T00:00:00.1230000+00:00")]
    [InlineData("2024-01-01T00:00:00.1234Z", "2024-01-01T00:00:00.1234000+00:00")]
    [InlineData("2024-01-01T00:00:00.12345Z", "2024-01-01T00:00:00.1234500+00:00")]
    [InlineData("2024-01-01T00:00:00.123456Z", "2024-01-01T00:00:00.1234560+00:00")]
    [InlineData("2024-01-01T00:00:00.1234567Z", "2024-01-01T00:00:00.1234567+00:00")]
    [InlineData("2024-01-01T00:00:00.12345678Z", "2024-01-01T00:00:00.1234567+00:00")]
    [InlineData("2024-01-01T00:00:00.123456789Z", "2024-01-01T00:00:00.1234567+00:00")]
    [InlineData("2024-01-01T00:00:00.1234567890+01:00", "2024-01-01T00:00:00.1234567+01:00")]
    [InlineData("2024-01-01T00:00:00.12345678901Z", "2024-01-01T00:00:00.1234567+00:00")]
    [InlineData("2024-01-01T00:00:00.999999999999Z", "2024-01-01T00:00:00.9999999+00:00")]
    [InlineData("2024-01-01T00:00:00.0Z", "2024-01-01T00:00:00.0000000+00:00")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.0000000+00:00")]
    [InlineData("0001-01-01T01:00:00+01:00", "0001-01-01T01:00:00.0000000+01:00")]
    [InlineData("0001-01-01T00:00:00-01:00", "0001-01-01T00:00:00.0000000-01:00")]
    [InlineData("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.9999999+00:00")]
    [InlineData("9999-12-31T23:59:59.9999999+01:00", "9999-12-31T23:59:59.9999999+01:00")]
    [InlineData("9999-12-31T22:59:59.9999999-01:00", "9999-12-31T22:59:59.9999999-01:00")]
    public void Valid_date_times_parse_with_their_offset(string text, string expectedRoundTrip)
    {
        Assert.True(Rfc3339.TryParseDateTimeOffset(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expectedRoundTrip, value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(Rfc3339.TryParseDateTime(Encoding.UTF8.GetBytes(text), out var utc));
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(value.UtcTicks, utc.Ticks);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("2024-02-30T00:00:00Z", "30 February")]
    [InlineData("2023-02-29T00:00:00Z", "29 February outside a leap year")]
    [InlineData("1900-02-29T00:00:00Z", "29 February in a century that is not a leap year")]
    [InlineData("2024-04-31T00:00:00Z", "31 April")]
    [InlineData("2024-00-01T00:00:00Z", "month 0")]
    [InlineData("2024-13-01T00:00:00Z", "month 13")]
    [InlineData("2024-01-00T00:00:00Z", "day 0")]
    [InlineData("2024-01-32T00:00:00Z", "day 32")]
    [InlineData("0000-01-01T00:00:00Z", "year 0")]
    [InlineData("2024-01-01T24:00:00Z", "hour 24")]
    [InlineData("2024-01-01T00:60:00Z", "minute 60")]
    [InlineData("2024-01-01T23:59:60Z", "leap second")]
    [InlineData("2024-01-01t00:00:00Z", "lowercase t")]
    [InlineData("2024-01-01T00:00:00z", "lowercase z")]
    [InlineData("2024-01-01 00:00:00Z", "space separator")]
    [InlineData("2024-01-01T00:00:00", "missing offset")]
    [InlineData("2024-01-01T00:00:00.123", "missing offset after a fraction")]
    [InlineData("2024-01-01T00:00:00+14:01", "offset beyond +14:00")]
    [InlineData("2024-01-01T00:00:00-14:01", "offset beyond -14:00")]
    [InlineData("2024-01-01T00:00:00+15:00", "offset hour beyond 14")]
    [InlineData("2024-01-01T00:00:00+24:00", "offset hour 24")]
    [InlineData("2024-01-01T00:00:00+01:60", "offset minute 60")]
    [InlineData("2024-01-01T00:00:00+0100", "offset without a colon")]
    [InlineData("2024-01-01T00:00:00+01", "offset without minutes")]
    [InlineData("2024-01-01T00:00:00+1:00", "one-digit offset hour")]
    [InlineData("0001-01-01T00:00:00+01:00", "UTC instant before year 1")]
    [InlineData("9999-12-31T23:59:59.9999999-01:00", "UTC instant after year 9999")]
    [InlineData("2024-01-01T00:00:00.Z", "point without fraction digits")]
    [InlineData("2024-01-01T00:00:00.12a3Z", "letter in the fraction")]
    [InlineData("2024-01-01T00:00:00.1234567x9Z", "letter in the truncated fraction digits")]
    [InlineData("2024-01-01T00:00:00,5Z", "comma as the decimal mark")]
    [InlineData("2024-01-01T00:00:00ZZ", "trailing Z")]
    [InlineData("2024-01-01T00:00:00Z ", "trailing space")]
    [InlineData("2024-01-01T00:00:00Zx", "trailing garbage")]
    [InlineData("2024-01-01T00:00:00+01:00x", "trailing garbage after an offset")]
    [InlineData(" 2024-01-01T00:00:00Z", "leading space")]
    [InlineData("\t2024-01-01T00:00:00Z", "leading tab")]
    [InlineData("2024-01-01T00:00:00Z\n", "trailing newline")]
    [InlineData("+2024-01-01T00:00:00Z", "signed year")]
    [InlineData("12024-01-01T00:00:00Z", "five-digit year")]
    [InlineData("2024-1-01T00:00:00Z", "one-digit month")]
    [InlineData("2024-01-1T00:00:00Z", "one-digit day")]
    [InlineData("2024-01-01T0:00:00Z", "one-digit hour")]
    [InlineData("2024-01-01T00:00Z", "missing seconds")]
    [InlineData("2024/01/01T00:00:00Z", "slashes")]
    [InlineData("2024-01-01T00.00.00Z", "points between time fields")]
    [InlineData("20240101T000000Z", "basic ISO 8601 form")]
    [InlineData("2024-01-01", "date only")]
    [InlineData("2024-01-01T", "date and separator only")]
    [InlineData("2024-01-01T00:00:00+", "sign only")]
    [InlineData("2024-01-01T00:00:00UTC", "named zone")]
    [InlineData("2024-01-01T00:00:00\u00B1" + "01:00", "plus-minus sign")]
    [InlineData("\u0662024-01-01T00:00:00Z", "Arabic-Indic digit")]
    [InlineData("2024-01-01T00:00:00.\uFF15Z", "fullwidth digit in the fraction")]
    [InlineData("2024-01-01T00:00:0\u0661Z", "Arabic-Indic digit in the seconds")]
    public void Invalid_date_times_are_rejected(string text, string rule)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.False(Rfc3339.TryParseDateTimeOffset(utf8, out var offsetValue), rule);
        Assert.Equal(default, offsetValue);
        Assert.False(Rfc3339.TryParseDateTime(utf8, out var utcValue), rule);
        Assert.Equal(default, utcValue);
    }

    [Fact]
    public void A_NUL_byte_is_not_a_digit()
    {
        var utf8 = Encoding.UTF8.GetBytes("2024-01-01T00:00:00Z");
        utf8[3] = 0;
        Assert.False(Rfc3339.TryParseDateTimeOffset(utf8, out _));
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2023-11-30", 2023, 11, 30)]
    public void Valid_dates_parse(string text, int year, int month, int day)
    {
        Assert.True(Rfc3339.TryParseDateOnly(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(new DateOnly(year, month, day), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2100-02-29")]
    [InlineData("2024-06-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2024-1-01")]
    [InlineData("2024-01-01T00:00:00Z")]
    [InlineData("2024-01-01 ")]
    [InlineData(" 2024-01-01")]
    [InlineData("2024/01/01")]
    [InlineData("20240101")]
    [InlineData("2024-01-0\u0661")]
    public void Invalid_dates_are_rejected(string text)
    {
        Assert.False(Rfc3339.TryParseDateOnly(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData(0L, 0, "0001-01-01T00:00:00Z")]
    [InlineData(638_396_640_000_000_000L, 0, "2024-01-01T00:00:00Z")]
    [InlineData(638_396_640_001_230_000L, 90, "2024-01-01T00:00:00.123+01:30")]
    [InlineData(638_396_640_000_000_001L, -600, "2024-01-01T00:00:00.0000001-10:00")]
    [InlineData(638_396_640_009_999_999L, 840, "2024-01-01T00:00:00.9999999+14:00")]
    [InlineData(638_396_640_005_000_000L, -840, "2024-01-01T00:00:00.5-14:00")]
    public void Date_time_offsets_format_in_the_shortest_form(long clockTicks, int offsetMinutes, string expected)
    {
        var value = new DateTimeOffset(clockTicks, TimeSpan.FromMinutes(offsetMinutes));
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxDateTimeOffsetLength];
        int length = Rfc3339.Format(value, buffer);
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer[..length]));
    }

    [Fact]
    public void The_longest_forms_fit_the_declared_maxima()
    {
        Span<byte> buffer = stackalloc byte[64];
        var longest = new DateTimeOffset(9999, 12, 31, 9, 59, 59, TimeSpan.FromHours(-14)).AddTicks(9_999_999);
        Assert.Equal(Rfc3339.MaxDateTimeOffsetLength, Rfc3339.Format(longest, buffer));
        Assert.Equal(Rfc3339.MaxDateTimeLength, Rfc3339.Format(DateTime.MaxValue, buffer));
        Assert.Equal(Rfc3339.MaxDateOnlyLength, Rfc3339.Format(DateOnly.MaxValue, buffer));
    }

    [Fact]
    public void A_destination_too_short_throws()
    {
        var tooShort = new byte[Rfc3339.MaxDateTimeOffsetLength - 1];
        var longest = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).AddTicks(1);
        Assert.Throws<ArgumentException>(() => Rfc3339.Format(longest, tooShort));
        Assert.Throws<ArgumentException>(() => Rfc3339.Format(DateTime.MaxValue, new byte[Rfc3339.MaxDateTimeLength - 1]));
        Assert.Throws<ArgumentException>(() => Rfc3339.Format(DateOnly.MaxValue, new byte[Rfc3339.MaxDateOnlyLength - 1]));
    }

    [Fact]
    public void Date_times_format_as_their_utc_instant()
    {
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxDateTimeLength];
        var utc = new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        int length = Rfc3339.Format(utc, buffer);
        Assert.Equal("2024-03-01T12:00:00Z", Encoding.UTF8.GetString(buffer[..length]));

        // Unspecified is taken as UTC: the ticks are written unchanged.
        length = Rfc3339.Format(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), buffer);
        Assert.Equal("2024-03-01T12:00:00Z", Encoding.UTF8.GetString(buffer[..length]));

        // Local is converted to UTC, whatever the machine's zone.
        length = Rfc3339.Format(utc.ToLocalTime(), buffer);
        Assert.Equal("2024-03-01T12:00:00Z", Encoding.UTF8.GetString(buffer[..length]));
    }

    [Fact]
    public void Dates_format_with_four_digit_years()
    {
        Span<byte> buffer = stackalloc byte[Rfc3339.MaxDateOnlyLength];
        Assert.Equal(10, Rfc3339.Format(new DateOnly(7, 3, 9), buffer));
        Assert.Equal("0007-03-09", Encoding.UTF8.GetString(buffer));
    }

    [Fact]
    public void Write_emits_json_strings_that_read_back_equal()
    {
        var offsetValue = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromMinutes(330)).AddTicks(1_500_000);
        var utcValue = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var dateValue = new DateOnly(2024, 1, 2);

        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("o");
            Rfc3339.Write(writer, offsetValue);
            writer.WritePropertyName("u");
            Rfc3339.Write(writer, utcValue);
            writer.WritePropertyName("d");
            Rfc3339.Write(writer, dateValue);
            writer.WriteEndObject();
        }

        Assert.Equal(
            """{"o":"2024-01-02T03:04:05.15+05:30","u":"2024-01-02T03:04:05Z","d":"2024-01-02"}""",
            Encoding.UTF8.GetString(output.WrittenSpan));

        var reader = new Utf8JsonReader(output.WrittenSpan);
        reader.Read();
        reader.Read();
        reader.Read();
        Assert.True(Rfc3339.TryParseDateTimeOffset(reader.ValueSpan, out var offsetRead));
        Assert.Equal(offsetValue, offsetRead);
        Assert.Equal(offsetValue.Offset, offsetRead.Offset);
        reader.Read();
        reader.Read();
        Assert.True(Rfc3339.TryParseDateTime(reader.ValueSpan, out var utcRead));
        Assert.Equal(utcValue, utcRead);
        reader.Read();
        reader.Read();
        Assert.True(Rfc3339.TryParseDateOnly(reader.ValueSpan, out var dateRead));
        Assert.Equal(dateValue, dateRead);
    }

    [Fact]
    public void Write_checks_the_writer_state_as_WriteStringValue_does()
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        Assert.Throws<InvalidOperationException>(() => Rfc3339.Write(writer, new DateOnly(2024, 1, 2)));
    }

    [Fact]
    public void Write_lays_out_indented_json_as_WriteStringValue_does()
    {
        var value = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var options = new JsonWriterOptions { Indented = true };
        var ours = new System.Buffers.ArrayBufferWriter<byte>();
        var theirs = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(ours, options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("a");
            writer.WriteStartArray();
            Rfc3339.Write(writer, value);
            Rfc3339.Write(writer, new DateTimeOffset(value.Ticks, TimeSpan.FromHours(-2)));
            Rfc3339.Write(writer, DateOnly.FromDateTime(value));
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        using (var writer = new Utf8JsonWriter(theirs, options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("a");
            writer.WriteStartArray();
            writer.WriteStringValue("2024-01-02T03:04:05Z");
            writer.WriteStringValue("2024-01-02T03:04:05-02:00");
            writer.WriteStringValue("2024-01-02");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        Assert.Equal(Encoding.UTF8.GetString(theirs.WrittenSpan), Encoding.UTF8.GetString(ours.WrittenSpan));
    }

    [Fact]
    public void Write_in_an_array_adds_separators()
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartArray();
            Rfc3339.Write(writer, new DateOnly(2024, 1, 2));
            Rfc3339.Write(writer, new DateOnly(2024, 1, 3));
            writer.WriteEndArray();
        }

        Assert.Equal("""["2024-01-02","2024-01-03"]""", Encoding.UTF8.GetString(output.WrittenSpan));
    }
}
