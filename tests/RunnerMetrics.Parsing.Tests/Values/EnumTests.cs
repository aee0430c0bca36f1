using System;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

/// <summary>Enums are JSON strings: the naming policy's name, or the <c>JsonStringEnumMemberName</c>, exactly.</summary>
public class EnumTests
{
    private static string With(string signal) => $$"""{"name":"n","value":1,"signal":{{signal}}}""";

    [Theory]
    [InlineData("\"SIGKILL\"", Signal.Kill)]
    [InlineData("\"term\"", Signal.Terminate)]
    [InlineData("\"none\"", Signal.None)]
    [InlineData("\"häng up\"", Signal.HangUp)]
    [InlineData("\"user_defined\"", Signal.UserDefined)]
    public void Names_and_custom_names_are_read(string json, Signal expected) =>
        Assert.Equal(expected, Expect.Accepted<Measurement>(With(json)).Signal);

    [Theory]
    [InlineData("\"kill\"")]
    [InlineData("\"Kill\"")]
    [InlineData("\"sigkill\"")]
    [InlineData("\"terminate\"")]
    [InlineData("\"hang_up\"")]
    [InlineData("\"UserDefined\"")]
    [InlineData("\"None\"")]
    [InlineData("\" none\"")]
    [InlineData("\"\"")]
    [InlineData("\"-9\"")]
    [InlineData("\"0\"")]
    public void Other_strings_are_invalid_values(string json) =>
        Expect.RejectedAt<Measurement>(With(json), StrictJsonErrorKind.InvalidValue, "$.signal", json);

    [Theory]
    [InlineData("0")]
    [InlineData("-9")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[\"none\"]")]
    public void Non_strings_are_unexpected_tokens(string json) =>
        Expect.RejectedAt<Measurement>(With(json), StrictJsonErrorKind.UnexpectedToken, "$.signal", json);

    [Theory]
    [InlineData(Signal.Kill, "SIGKILL")]
    [InlineData(Signal.Terminate, "term")]
    [InlineData(Signal.HangUp, "häng up")]
    [InlineData(Signal.UserDefined, "user_defined")]
    public void Values_are_written_by_their_json_names(Signal signal, string name)
    {
        var value = new Measurement("n", 1, signal);
        Assert.Contains($"\"signal\":\"{name}\"", System.Text.RegularExpressions.Regex.Unescape(Expect.WrittenText(value)), StringComparison.Ordinal);
        Assert.Equal(value, Expect.Accepted<Measurement>(Expect.Written(value)));
    }

    [Fact]
    public void Writing_an_unnamed_value_throws_naming_the_member_rather_than_writing_a_number()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Expect.Written(new Measurement("n", 1, (Signal)42)));
        Assert.Contains("$.signal", exception.Message, StringComparison.Ordinal);
    }
}
