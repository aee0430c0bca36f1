using System;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

/// <summary>Guids in their hyphenated form only; dates as RFC 3339 strings with real calendar checks.</summary>
public class DateAndGuidTests
{
    private const string Guid = "0f8fad5b-d9cb-469f-a165-70867728950e";

    [Theory]
    [InlineData(Guid)]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E")]
    [InlineData("0f8fad5b-D9CB-469f-A165-70867728950e")]
    public void Guid_accepts_the_hyphenated_form_in_either_case(string text) =>
        Assert.Equal(System.Guid.Parse(Guid), Expect.Accepted<Moments>($$"""{"id":"{{text}}"}""").Id);

    [Theory]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("(0f8fad5b-d9cb-469f-a165-70867728950e)")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData(" 0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e ")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950g")]
    [InlineData("{0x0f8fad5b,0xd9cb,0x469f,{0xa1,0x65,0x70,0x86,0x77,0x28,0x95,0x0e}}")]
    [InlineData("")]
    public void Guid_rejects_every_other_form(string text) =>
        Rejected($$"""{"id": "{{text}}"}""", "$.id");

    [Fact]
    public void Guid_rejects_a_number() =>
        Expect.RejectedAt<Moments>("""{"id": 12}""", StrictJsonErrorKind.UnexpectedToken, "$.id", "12");

    [Fact]
    public void Date_time_offset_keeps_the_offset()
    {
        var value = Expect.Accepted<Moments>("""{"at":"2024-02-29T23:59:59.1234567+05:30"}""").At!.Value;
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(330)).AddTicks(1234567), value);
        Assert.Equal(TimeSpan.FromMinutes(330), value.Offset);
    }

    [Theory]
    [InlineData("2024-01-01T00:00:00Z", 0)]
    [InlineData("2024-01-01T00:00:00+00:00", 0)]
    [InlineData("2024-01-01T00:00:00-14:00", -14 * 60)]
    [InlineData("2024-01-01T00:00:00+14:00", 14 * 60)]
    [InlineData("2024-01-01T00:00:00.5-03:30", -210)]
    public void Date_time_offset_accepts_every_offset_form(string text, int offsetMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), Expect.Accepted<Moments>($$"""{"at":"{{text}}"}""").At!.Value.Offset);

    [Theory]
    [InlineData("2024-01-01T10:00:00+02:00", 8)]
    [InlineData("2024-01-01T10:00:00Z", 10)]
    [InlineData("2024-01-01T10:00:00-02:00", 12)]
    public void Date_time_comes_back_in_utc(string text, int utcHour)
    {
        var value = Expect.Accepted<Moments>($$"""{"utc":"{{text}}"}""").Utc!.Value;
        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal(new DateTime(2024, 1, 1, utcHour, 0, 0, DateTimeKind.Utc), value);
    }

    [Fact]
    public void Date_only_accepts_a_full_date() =>
        Assert.Equal(new DateOnly(2024, 2, 29), Expect.Accepted<Moments>("""{"day":"2024-02-29"}""").Day);

    [Theory]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2024-02-30T00:00:00Z")]
    [InlineData("2024-04-31T00:00:00Z")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-00-01T00:00:00Z")]
    [InlineData("2024-01-01T24:00:00Z")]
    [InlineData("2024-01-01T23:60:00Z")]
    [InlineData("2024-12-31T23:59:60Z")]
    [InlineData("2024-01-01 10:00:00Z")]
    [InlineData("2024-01-01T10:00:00")]
    [InlineData("2024-01-01T10:00Z")]
    [InlineData("2024-01-01T10:00:00+0200")]
    [InlineData("2024-01-01T10:00:00+24:00")]
    [InlineData(" 2024-01-01T10:00:00Z")]
    [InlineData("2024-01-01T10:00:00Z ")]
    [InlineData("2024-01-01T10:00:00.Z")]
    [InlineData("2024-01-01")]
    [InlineData("")]
    public void Date_times_reject_what_rfc_3339_and_the_calendar_do_not_allow(string text)
    {
        Rejected($$"""{"at": "{{text}}"}""", "$.at");
        Rejected($$"""{"utc": "{{text}}"}""", "$.utc");
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("2024-1-01")]
    [InlineData("2024-01-01T00:00:00Z")]
    [InlineData("2024-01-01 ")]
    public void Date_only_rejects_anything_but_a_valid_full_date(string text) =>
        Rejected($$"""{"day": "{{text}}"}""", "$.day");

    [Theory]
    [InlineData("at")]
    [InlineData("utc")]
    [InlineData("day")]
    public void Dates_reject_a_number(string member) =>
        Expect.RejectedAt<Moments>($$"""{"{{member}}": 1700000000}""", StrictJsonErrorKind.UnexpectedToken, "$." + member, "1700000000");

    [Fact]
    public void A_bad_date_deep_in_the_document_is_reported_at_its_own_path_and_position()
    {
        const string Json = """{"at":"2024-01-01T00:00:00Z","utc":"2024-01-01T00:00:00Z","day":"2024-01-01","id":"0f8fad5b-d9cb-469f-a165-70867728950e","x":1}""";
        Expect.RejectedAt<RequiredMoments>(Json, StrictJsonErrorKind.UnknownMember, "$", "\"x\"");
        const string BadDay = """{"at":"2024-01-01T00:00:00Z","utc":"2024-01-01T00:00:00Z","day":"2024-02-30","id":"0f8fad5b-d9cb-469f-a165-70867728950e"}""";
        Expect.RejectedAt<RequiredMoments>(BadDay, StrictJsonErrorKind.InvalidValue, "$.day", "\"2024-02-30\"");
    }

    [Fact]
    public void Written_dates_read_back_equal_and_date_time_is_written_with_z()
    {
        var value = new RequiredMoments(
            new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(-90)).AddTicks(1),
            new DateTime(2024, 3, 1, 1, 2, 3, DateTimeKind.Utc),
            new DateOnly(1, 1, 1),
            System.Guid.Parse(Guid));
        string text = Expect.WrittenText(value);
        Assert.Contains("\"utc\":\"2024-03-01T01:02:03Z\"", text, StringComparison.Ordinal);
        Assert.Contains("\"day\":\"0001-01-01\"", text, StringComparison.Ordinal);
        var parsed = Expect.Accepted<RequiredMoments>(text);
        Assert.Equal(value, parsed);
        Assert.Equal(value.At.Offset, parsed.At.Offset);
    }

    /// <summary>Rejected as an invalid value at the string after the only member name.</summary>
    private static void Rejected(string json, string path) =>
        Expect.Rejected<Moments>(json, StrictJsonErrorKind.InvalidValue, path, Expect.At(json, ": \"") + 2);
}
