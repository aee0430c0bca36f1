using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

/// <summary><c>Range</c>, <c>MinLength</c> and <c>MaxLength</c>: inclusive bounds, <c>OutOfRange</c> at the value.</summary>
public class ConstraintTests
{
    [Theory]
    [InlineData("""{"int":-10}""")]
    [InlineData("""{"int":10}""")]
    [InlineData("""{"int":0,"long":0,"double":-1.5,"text":"ab","items":[1]}""")]
    [InlineData("""{"int":0,"long":5000000000,"double":2.5,"text":"abcd","items":[1,2]}""")]
    [InlineData("""{"int":0,"text":"é𝄞"}""")]
    public void Values_on_the_bounds_are_accepted(string json) => Expect.Accepted<Bounded>(json);

    [Theory]
    [InlineData("""{"int":-11}""", "$.int", "-11")]
    [InlineData("""{"int":11}""", "$.int", "11")]
    [InlineData("""{"int":0,"long":-1}""", "$.long", "-1")]
    [InlineData("""{"int":0,"long":5000000001}""", "$.long", "5000000001")]
    [InlineData("""{"int":0,"double":-1.5000001}""", "$.double", "-1.5000001")]
    [InlineData("""{"int":0,"double":2.5e0001}""", "$.double", "2.5e0001")]
    [InlineData("""{"int":0,"text":"a"}""", "$.text", "\"a\"")]
    [InlineData("""{"int":0,"text":"abcde"}""", "$.text", "\"abcde\"")]
    [InlineData("""{"int":0,"text":"𝄞𝄞𝄞"}""", "$.text", "\"𝄞")]
    public void Values_beyond_the_bounds_are_out_of_range_at_the_value(string json, string path, string marker) =>
        Expect.RejectedAt<Bounded>(json, StrictJsonErrorKind.OutOfRange, path, marker);

    [Theory]
    [InlineData("""{"int":0,"items":[]}""", "]}")]
    [InlineData("""{"int":0,"items":[1,2,3]}""", "]}")]
    public void Arrays_of_the_wrong_length_are_out_of_range_at_their_end(string json, string marker) =>
        Expect.RejectedAt<Bounded>(json, StrictJsonErrorKind.OutOfRange, "$.items", marker);

    [Fact]
    public void Null_optional_members_are_not_checked() =>
        Expect.Accepted<Bounded>("""{"int":0,"long":null,"double":null,"text":null,"items":null}""");

    [Fact]
    public void Type_limits_come_before_the_range()
    {
        // 2^31 overflows int before [-10, 10] is considered: still out of range, at the number.
        Expect.RejectedAt<Bounded>("""{"int":2147483648}""", StrictJsonErrorKind.OutOfRange, "$.int", "2147483648");
        Expect.RejectedAt<Bounded>("""{"int":1.5}""", StrictJsonErrorKind.InvalidValue, "$.int", "1.5");
    }

    [Fact]
    public void A_range_on_a_primary_constructor_parameter_applies()
    {
        Expect.RejectedAt<JobStart>("""{"timestamp":-0.5,"workflow":"w","workflow_run_id":"1","repository":"r","event":"e"}""", StrictJsonErrorKind.OutOfRange, "$.timestamp", "-0.5");
        Assert.Equal(0, Expect.Accepted<JobStart>("""{"timestamp":-0,"workflow":"w","workflow_run_id":"1","repository":"r","event":"e"}""").Timestamp);
    }
}
