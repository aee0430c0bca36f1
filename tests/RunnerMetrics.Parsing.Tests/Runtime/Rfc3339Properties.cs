using System;
using System.Globalization;
using System.Text;
using CsCheck;
using RunnerMetrics.Parsing.Runtime;

namespace RunnerMetrics.Parsing.Tests.Runtime;

/// <summary>What <see cref="Rfc3339"/> writes it reads back equal, and it reads text as the BCL's exact parser does.</summary>
public class Rfc3339Properties
{
    // Whole seconds, whole milliseconds and arbitrary ticks, so the trimmed fraction has every length.
    private static readonly Gen<long> Ticks = Gen.Frequency(
        (2, Gen.Long[0, DateTime.MaxValue.Ticks / TimeSpan.TicksPerSecond].Select(s => s * TimeSpan.TicksPerSecond)),
        (2, Gen.Long[0, DateTime.MaxValue.Ticks / TimeSpan.TicksPerMillisecond].Select(ms => ms * TimeSpan.TicksPerMillisecond)),
        (4, Gen.Long[0, DateTime.MaxValue.Ticks]),
        (1, Gen.OneOfConst(0L, DateTime.MaxValue.Ticks)));

    private static readonly Gen<int> OffsetMinutes = Gen.Frequency(
        (2, Gen.Const(0)),
        (1, Gen.OneOfConst(-840, 840, 330, -30)),
        (4, Gen.Int[-840, 840]));

    private static readonly Gen<DateTimeOffset> DateTimeOffsets = Gen.Select(Ticks, OffsetMinutes, (clock, offset) => (clock, offset))
        .Where(p => p.clock - (p.offset * TimeSpan.TicksPerMinute) is >= 0 and <= 3_155_378_975_999_999_999L)
        .Select(p => new DateTimeOffset(p.clock, TimeSpan.FromMinutes(p.offset)));

    private static readonly Gen<DateTime> DateTimes = Gen.Select(Ticks, Gen.OneOfConst(DateTimeKind.Utc, DateTimeKind.Unspecified), (t, kind) => new DateTime(t, kind));

    private static readonly Gen<DateOnly> Dates = Gen.Int[0, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    private static Gen<int> MostlyIn(int min, int max, params int[] outside) =>
        Gen.Frequency((12, Gen.Int[min, max]), (1, Gen.OneOfConst(outside)));

    // Well-formed text with fields mostly in range: 29-31 in every month, years 0 and 9999, offsets up to
    // ±24:60, fractions of 0 to 12 digits.
    private static readonly Gen<string> DateTimeTexts = Gen.Select(
        Gen.Select(MostlyIn(1, 9999, 0), MostlyIn(1, 12, 0, 13), Gen.Frequency((6, Gen.Int[1, 28]), (4, Gen.Int[29, 31]), (1, Gen.OneOfConst(0, 32)))),
        Gen.Select(MostlyIn(0, 23, 24), MostlyIn(0, 59, 60), MostlyIn(0, 59, 60)),
        Gen.Char['0', '9'].Array[0, 12].Select(digits => new string(digits)),
        Gen.Frequency(
            (1, Gen.Const("Z")),
            (4, Gen.Select(Gen.OneOfConst('+', '-'), MostlyIn(0, 14, 15, 23, 24), MostlyIn(0, 59, 60), (sign, h, m) => FormattableString.Invariant($"{sign}{h:00}:{m:00}")))),
        (date, time, fraction, offset) => FormattableString.Invariant(
            $"{date.Item1:0000}-{date.Item2:00}-{date.Item3:00}T{time.Item1:00}:{time.Item2:00}:{time.Item3:00}{(fraction.Length == 0 ? "" : "." + fraction)}{offset}"));

    [Fact]
    public void Date_time_offsets_round_trip() =>
        DateTimeOffsets.Sample(value =>
        {
            Span<byte> buffer = stackalloc byte[Rfc3339.MaxDateTimeOffsetLength];
            int length = Rfc3339.Format(value, buffer);
            Assert.True(Rfc3339.TryParseDateTimeOffset(buffer[..length], out var read), Encoding.UTF8.GetString(buffer[..length]));
            Assert.Equal(value.Ticks, read.Ticks);
            Assert.Equal(value.Offset, read.Offset);
        });

    [Fact]
    public void Date_times_round_trip_as_utc() =>
        DateTimes.Sample(value =>
        {
            Span<byte> buffer = stackalloc byte[Rfc3339.MaxDateTimeLength];
            int length = Rfc3339.Format(value, buffer);
            Assert.True(Rfc3339.TryParseDateTime(buffer[..length], out var read), Encoding.UTF8.GetString(buffer[..length]));
            Assert.Equal(value.Ticks, read.Ticks);
            Assert.Equal(DateTimeKind.Utc, read.Kind);
        });

    [Fact]
    public void Dates_round_trip() =>
        Dates.Sample(value =>
        {
            Span<byte> buffer = stackalloc byte[Rfc3339.MaxDateOnlyLength];
            int length = Rfc3339.Format(value, buffer);
            Assert.True(Rfc3339.TryParseDateOnly(buffer[..length], out var read));
            Assert.Equal(value, read);
        });

    [Fact]
    public void Formatted_date_time_offsets_match_the_bcl_round_trip_format() =>
        DateTimeOffsets.Sample(value =>
        {
            Span<byte> buffer = stackalloc byte[Rfc3339.MaxDateTimeOffsetLength];
            int length = Rfc3339.Format(value, buffer);
            Assert.True(DateTimeOffset.TryParseExact(
                Encoding.UTF8.GetString(buffer[..length]), "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var read));
            Assert.Equal(value.Ticks, read.Ticks);
            Assert.Equal(value.Offset, read.Offset);
        });

    // Write goes through Utf8JsonWriter's own DateTimeOffset overload for positive offsets (to keep '+'
    // unescaped): its text must be Format's, byte for byte, for every value.
    [Fact]
    public void Written_json_strings_hold_exactly_the_formatted_text() =>
        Gen.Select(DateTimeOffsets, DateTimes, Dates).Sample((offsetValue, dateTime, date) =>
        {
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new System.Text.Json.Utf8JsonWriter(output))
            {
                writer.WriteStartArray();
                Rfc3339.Write(writer, offsetValue);
                Rfc3339.Write(writer, dateTime);
                Rfc3339.Write(writer, date);
                writer.WriteEndArray();
            }

            Span<byte> buffer = stackalloc byte[Rfc3339.MaxDateTimeOffsetLength];
            string expected = "[\"" + Encoding.UTF8.GetString(buffer[..Rfc3339.Format(offsetValue, buffer)])
                + "\",\"" + Encoding.UTF8.GetString(buffer[..Rfc3339.Format(dateTime, buffer)])
                + "\",\"" + Encoding.UTF8.GetString(buffer[..Rfc3339.Format(date, buffer)]) + "\"]";
            Assert.Equal(expected, Encoding.UTF8.GetString(output.WrittenSpan));
        });

    [Fact]
    public void Text_reads_as_DateTimeOffset_TryParseExact_reads_it() =>
        DateTimeTexts.Sample(text =>
        {
            bool parsed = Rfc3339.TryParseDateTimeOffset(Encoding.UTF8.GetBytes(text), out var value);
            bool expectedParsed = TryParseWithBcl(text, out var expected);
            Assert.Equal(expectedParsed, parsed);
            Assert.Equal(expected.Ticks, value.Ticks);
            Assert.Equal(expected.Offset, value.Offset);

            Assert.Equal(parsed, Rfc3339.TryParseDateTime(Encoding.UTF8.GetBytes(text), out var utc));
            Assert.Equal(expected.UtcTicks, parsed ? utc.Ticks : 0);
        });

    // The BCL's exact parser with one format per fraction length; it keeps 7 digits at most, so longer
    // fractions are cut to 7 first (Rfc3339 truncates them the same way). It has no leap-second or
    // hour-24 rule of its own on every platform, so those are rejected here by rule.
    private static bool TryParseWithBcl(string text, out DateTimeOffset value)
    {
        value = default;
        int point = text.IndexOf('.', StringComparison.Ordinal);
        int offsetAt = text.IndexOfAny(['Z', '+', '-'], 19);
        int fractionLength = point < 0 ? 0 : offsetAt - point - 1;
        if (fractionLength > 7)
        {
            text = text[..(point + 8)] + text[offsetAt..];
            fractionLength = 7;
        }

        if (text.Substring(11, 2) == "24" || text.Substring(17, 2) == "60")
        {
            return false;
        }

        string format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss"
            + (fractionLength == 0 ? "" : "'.'" + new string('f', fractionLength))
            + (text[^1] == 'Z' ? "'Z'" : "zzz");
        if (!DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
