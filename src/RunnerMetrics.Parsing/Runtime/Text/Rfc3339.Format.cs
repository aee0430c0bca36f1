using System;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Runtime;

// The writing half: the shortest RFC 3339 text that the parsing half reads back to the same ticks and offset.
public static partial class Rfc3339
{
    /// <summary>The longest text <see cref="Format(DateTimeOffset, Span{byte})"/> writes: <c>YYYY-MM-DDTHH:MM:SS.fffffff+HH:MM</c>.</summary>
    public const int MaxDateTimeOffsetLength = 33;

    /// <summary>The longest text <see cref="Format(DateTime, Span{byte})"/> writes: <c>YYYY-MM-DDTHH:MM:SS.fffffffZ</c>.</summary>
    public const int MaxDateTimeLength = 28;

    /// <summary>The length of the text <see cref="Format(DateOnly, Span{byte})"/> writes: <c>YYYY-MM-DD</c>.</summary>
    public const int MaxDateOnlyLength = DateLength;

    /// <summary>
    /// Writes <paramref name="value"/> as <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)</c>: the clock time in its
    /// own offset, the fraction with trailing zeros trimmed and omitted when zero, <c>Z</c> for a zero offset.
    /// Returns the byte count.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the text.</exception>
    public static int Format(DateTimeOffset value, Span<byte> destination)
    {
        int offsetMinutes = (int)(value.Offset.Ticks / TimeSpan.TicksPerMinute);
        return FormatDateTime(value.Ticks, offsetMinutes, destination);
    }

    /// <summary>
    /// Writes the UTC instant of <paramref name="value"/> as <c>YYYY-MM-DDTHH:MM:SS[.fraction]Z</c>. A
    /// <see cref="DateTimeKind.Local"/> value is converted to UTC first; a <see cref="DateTimeKind.Unspecified"/>
    /// value is taken to be UTC already, as its ticks are written unchanged. Returns the byte count.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the text.</exception>
    public static int Format(DateTime value, Span<byte> destination)
    {
        if (value.Kind == DateTimeKind.Local)
        {
            value = value.ToUniversalTime();
        }

        return FormatDateTime(value.Ticks, 0, destination);
    }

    /// <summary>Writes <paramref name="value"/> as <c>YYYY-MM-DD</c>. Returns the byte count (always <see cref="MaxDateOnlyLength"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="MaxDateOnlyLength"/>.</exception>
    public static int Format(DateOnly value, Span<byte> destination)
    {
        if (destination.Length < DateLength)
        {
            ThrowDestinationTooShort();
        }

        WriteDate(value, destination);
        return DateLength;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a JSON string holding exactly the text of
    /// <see cref="Format(DateTimeOffset, Span{byte})"/>, through the writer's own value methods so its
    /// validation and indentation apply.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Offset > TimeSpan.Zero)
        {
            // WriteStringValue(span) would pass '+' through the writer's encoder, whose default writes it as
            // \u002B. The writer's own DateTimeOffset overload writes this very text (fraction trimmed, "+HH:MM")
            // unescaped, as it knows the text is safe; a test holds the two formats equal.
            writer.WriteStringValue(value);
            return;
        }

        // "Z" or "-HH:MM": nothing here that any encoder escapes.
        Span<byte> text = stackalloc byte[MaxDateTimeOffsetLength];
        writer.WriteStringValue(text[..Format(value, text)]);
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string holding exactly the text of <see cref="Format(DateTime, Span{byte})"/>.</summary>
    public static void Write(Utf8JsonWriter writer, DateTime value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[MaxDateTimeLength];
        writer.WriteStringValue(text[..Format(value, text)]);
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string holding exactly the text of <see cref="Format(DateOnly, Span{byte})"/>.</summary>
    public static void Write(Utf8JsonWriter writer, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[MaxDateOnlyLength];
        writer.WriteStringValue(text[..Format(value, text)]);
    }

    private static int FormatDateTime(long clockTicks, int offsetMinutes, Span<byte> destination)
    {
        long timeOfDay = clockTicks % TimeSpan.TicksPerDay;
        int fraction = (int)(timeOfDay % TimeSpan.TicksPerSecond);
        int fractionDigits = 0;
        if (fraction != 0)
        {
            // Trim trailing zeros: 1_230_000 ticks is ".123".
            fractionDigits = FractionDigitsKept;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                fractionDigits--;
            }
        }

        int length = SecondsEnd + (fractionDigits == 0 ? 0 : 1 + fractionDigits) + (offsetMinutes == 0 ? 1 : 6);
        if (destination.Length < length)
        {
            ThrowDestinationTooShort();
        }

        WriteDate(DateOnly.FromDayNumber((int)(clockTicks / TimeSpan.TicksPerDay)), destination);
        destination[DateLength] = (byte)'T';
        WriteTwoDigits(destination, 11, (int)(timeOfDay / TimeSpan.TicksPerHour));
        destination[13] = (byte)':';
        WriteTwoDigits(destination, 14, (int)(timeOfDay / TimeSpan.TicksPerMinute % 60));
        destination[16] = (byte)':';
        WriteTwoDigits(destination, 17, (int)(timeOfDay / TimeSpan.TicksPerSecond % 60));

        int at = SecondsEnd;
        if (fractionDigits != 0)
        {
            destination[at] = (byte)'.';
            for (int i = fractionDigits; i > 0; i--)
            {
                destination[at + i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            at += 1 + fractionDigits;
        }

        if (offsetMinutes == 0)
        {
            destination[at] = (byte)'Z';
        }
        else
        {
            destination[at] = offsetMinutes < 0 ? (byte)'-' : (byte)'+';
            int magnitude = Math.Abs(offsetMinutes);
            WriteTwoDigits(destination, at + 1, magnitude / 60);
            destination[at + 3] = (byte)':';
            WriteTwoDigits(destination, at + 4, magnitude % 60);
        }

        return length;
    }

    private static void WriteDate(DateOnly date, Span<byte> destination)
    {
        date.Deconstruct(out int year, out int month, out int day);
        WriteTwoDigits(destination, 0, year / 100);
        WriteTwoDigits(destination, 2, year % 100);
        destination[4] = (byte)'-';
        WriteTwoDigits(destination, 5, month);
        destination[7] = (byte)'-';
        WriteTwoDigits(destination, 8, day);
    }

    private static void WriteTwoDigits(Span<byte> destination, int at, int value)
    {
        destination[at] = (byte)('0' + (value / 10));
        destination[at + 1] = (byte)('0' + (value % 10));
    }

    private static void ThrowDestinationTooShort() =>
        throw new ArgumentException("The destination is too short for the formatted date.", "destination");
}
