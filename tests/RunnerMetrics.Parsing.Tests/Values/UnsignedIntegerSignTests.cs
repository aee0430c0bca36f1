using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

/// <summary>
/// An unsigned integer takes no minus sign, not even on zero: System.Text.Json refuses <c>-0</c> for every
/// unsigned width, and a strict parser must never accept what it refuses (found by the differential test).
/// </summary>
public partial class UnsignedIntegerSignTests
{
    [StrictJson]
    public sealed partial class Unsigned
    {
        public byte? Small { get; set; }
        public ushort? Medium { get; set; }
        public uint? Large { get; set; }
        public ulong? Huge { get; set; }
    }

    [Theory]
    [InlineData("small")]
    [InlineData("medium")]
    [InlineData("large")]
    [InlineData("huge")]
    public void Negative_zero_is_out_of_range_for_every_unsigned_width(string member) =>
        Expect.RejectedAt<Unsigned>($$"""{"{{member}}": -0}""", StrictJsonErrorKind.OutOfRange, "$." + member, "-0");

    [Theory]
    [InlineData("small")]
    [InlineData("medium")]
    [InlineData("large")]
    [InlineData("huge")]
    public void Zero_is_accepted_for_every_unsigned_width(string member) =>
        Expect.Accepted<Unsigned>($$"""{"{{member}}": 0}""");
}
