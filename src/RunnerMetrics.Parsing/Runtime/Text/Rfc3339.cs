using System;
using System.ComponentModel;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>
/// Reads and writes RFC 3339 <c>date-time</c> and <c>full-date</c> values straight from and to UTF-8 bytes,
/// with real calendar checks and nothing else accepted: no whitespace, no space separator, no lowercase
/// <c>t</c>/<c>z</c>, no missing offset, no leap second, no hour 24.
/// </summary>
/// <remarks>
/// Every field has a fixed width, so each one is read at a known position as digit bytes: no string, no
/// culture, no allocation. <see cref="DateTimeOffset.TryParseExact(string, string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>
/// would need a string per value and a culture-aware format engine for a grammar this small.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class Rfc3339
{
    // "YYYY-MM-DD".
    private const int DateLength = 10;

    // "YYYY-MM-DDTHH:MM:SS": the fraction or the offset starts here.
    private const int SecondsEnd = 19;

    // Ticks are 100 ns: the fraction digits beyond the seventh are read but can't be kept.
    private const int FractionDigitsKept = 7;

    // DateTimeOffset's own limit; RFC 3339 allows up to 23:59, which no DateTimeOffset can hold.
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>
    /// Parses an RFC 3339 <c>date-time</c> (<c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)</c>) from the
    /// unescaped UTF-8 content of a JSON string. The offset is kept; fraction digits beyond the seventh
    /// (100 ns ticks) are truncated. Returns false for anything else, including a date that does not exist,
    /// an offset beyond ±14:00 and an instant outside <see cref="DateTimeOffset"/>'s UTC range.
    /// </summary>
    public static bool TryParseDateTimeOffset(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        if (!TryParseDateTimeCore(utf8, out long clockTicks, out int offsetMinutes))
        {
            value = default;
            return false;
        }

        // The checks in TryParseDateTimeCore are exactly the ones this constructor makes, so it can't throw.
        value = new DateTimeOffset(clockTicks, new TimeSpan(offsetMinutes * TimeSpan.TicksPerMinute));
        return true;
    }

    /// <summary>
    /// Parses the same grammar as <see cref="TryParseDateTimeOffset"/> and returns the UTC instant, with
    /// <see cref="DateTimeKind.Utc"/>.
    /// </summary>
    public static bool TryParseDateTime(ReadOnlySpan<byte> utf8, out DateTime value)
    {
        if (!TryParseDateTimeCore(utf8, out long clockTicks, out int offsetMinutes))
        {
            value = default;
            return false;
        }

        value = new DateTime(clockTicks - (offsetMinutes * TimeSpan.TicksPerMinute), DateTimeKind.Utc);
        return true;
    }

    /// <summary>Parses an RFC 3339 <c>full-date</c> (<c>YYYY-MM-DD</c>, years 0001 to 9999, a day the month has).</summary>
    public static bool TryParseDateOnly(ReadOnlySpan<byte> utf8, out DateOnly value)
    {
        if (utf8.Length != DateLength || !TryParseDate(utf8, out int year, out int month, out int day))
        {
            value = default;
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    // The clock time as ticks and the offset in minutes; true only when both fit a DateTimeOffset.
    private static bool TryParseDateTimeCore(ReadOnlySpan<byte> utf8, out long clockTicks, out int offsetMinutes)
    {
        clockTicks = 0;
        offsetMinutes = 0;

        // The shortest form is "YYYY-MM-DDTHH:MM:SSZ"; reading the fixed part needs SecondsEnd + 1 bytes.
        if (utf8.Length <= SecondsEnd
            || !TryParseDate(utf8, out int year, out int month, out int day)
            || utf8[DateLength] != (byte)'T'
            || !TryReadTwoDigits(utf8, 11, out int hour) || hour > 23
            || utf8[13] != (byte)':'
            || !TryReadTwoDigits(utf8, 14, out int minute) || minute > 59
            || utf8[16] != (byte)':'
            || !TryReadTwoDigits(utf8, 17, out int second) || second > 59)
        {
            return false;
        }

        int at = SecondsEnd;
        long fractionTicks = 0;
        if (utf8[at] == (byte)'.')
        {
            at++;
            int digits = 0;
            while (at < utf8.Length && IsDigit(utf8[at]))
            {
                if (digits < FractionDigitsKept)
                {
                    fractionTicks = (fractionTicks * 10) + (utf8[at] - '0');
                }

                digits++;
                at++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (; digits < FractionDigitsKept; digits++)
            {
                fractionTicks *= 10;
            }
        }

        if (!TryParseOffset(utf8[at..], out offsetMinutes))
        {
            return false;
        }

        long days = new DateOnly(year, month, day).DayNumber;
        clockTicks = (days * TimeSpan.TicksPerDay)
            + (hour * TimeSpan.TicksPerHour)
            + (minute * TimeSpan.TicksPerMinute)
            + (second * TimeSpan.TicksPerSecond)
            + fractionTicks;

        // "0001-01-01T00:00:00+01:00" names a clock time that exists but an instant before year 1.
        long utcTicks = clockTicks - (offsetMinutes * TimeSpan.TicksPerMinute);
        return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks;
    }

    // "Z", or "+HH:MM"/"-HH:MM" within ±14:00, and nothing after it.
    private static bool TryParseOffset(ReadOnlySpan<byte> text, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (text.Length == 1)
        {
            return text[0] == (byte)'Z';
        }

        if (text.Length != 6
            || (text[0] != (byte)'+' && text[0] != (byte)'-')
            || !TryReadTwoDigits(text, 1, out int hours) || hours > 23
            || text[3] != (byte)':'
            || !TryReadTwoDigits(text, 4, out int minutes) || minutes > 59)
        {
            return false;
        }

        int total = (hours * 60) + minutes;
        if (total > MaxOffsetMinutes)
        {
            return false;
        }

        // "-00:00" (RFC 3339's "offset unknown") has no other representation than a zero offset.
        offsetMinutes = text[0] == (byte)'-' ? -total : total;
        return true;
    }

    // The first DateLength bytes as "YYYY-MM-DD", a day that exists in years 0001 to 9999.
    private static bool TryParseDate(ReadOnlySpan<byte> utf8, out int year, out int month, out int day)
    {
        month = 0;
        day = 0;
        if (!TryReadTwoDigits(utf8, 0, out int century) | !TryReadTwoDigits(utf8, 2, out int yearOfCentury))
        {
            year = 0;
            return false;
        }

        year = (century * 100) + yearOfCentury;
        return year >= 1
            && utf8[4] == (byte)'-'
            && TryReadTwoDigits(utf8, 5, out month) && month >= 1 && month <= 12
            && utf8[7] == (byte)'-'
            && TryReadTwoDigits(utf8, 8, out day) && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TryReadTwoDigits(ReadOnlySpan<byte> text, int at, out int value)
    {
        // Unsigned subtraction folds "below '0'" into "above 9"; any byte of a multi-byte UTF-8 sequence
        // (non-ASCII digits included) fails the same check.
        uint tens = (uint)(text[at] - '0');
        uint ones = (uint)(text[at + 1] - '0');
        value = (int)((tens * 10) + ones);
        return tens <= 9 && ones <= 9;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
