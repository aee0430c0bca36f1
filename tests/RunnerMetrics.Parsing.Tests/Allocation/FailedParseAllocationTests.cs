using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Allocation;

/// <summary>
/// A rejected document allocates nothing, whatever the error (the error's path is a constant, composed only
/// when read). Syntax errors are not here: <c>Utf8JsonReader</c> reports them by throwing.
/// </summary>
[Collection(AllocationCollection.Name)]
public class FailedParseAllocationTests
{
    public static TheoryData<string, StrictJsonErrorKind> Rejections => new()
    {
        { """{"timestamp": "1", "status": "normal"}""", StrictJsonErrorKind.UnexpectedToken },
        { """[1]""", StrictJsonErrorKind.UnexpectedToken },
        { """{"status": "normal"}""", StrictJsonErrorKind.MissingMember },
        { """{"timestamp": 1, "status": "normal", "status_info": {}}""", StrictJsonErrorKind.MissingMember },
        { """{"timestamp": 1, "timestamp": 2}""", StrictJsonErrorKind.DuplicateMember },
        { """{"timestamp": 1, "\u0074imestamp": 2}""", StrictJsonErrorKind.DuplicateMember },
        { """{"timestamp": 1, "stat": "normal"}""", StrictJsonErrorKind.UnknownMember },
        { """{"timestamp": -1, "status": "normal"}""", StrictJsonErrorKind.OutOfRange },
        { """{"timestamp": 1e400, "status": "normal"}""", StrictJsonErrorKind.OutOfRange },
        { """{"timestamp": 1, "status": "normal", "status_info": {"code": 2147483648}}""", StrictJsonErrorKind.OutOfRange },
        { """{"timestamp": 1, "status": "crashed"}""", StrictJsonErrorKind.InvalidValue },
        { """{"timestamp": 1, "status": "normal", "status_info": {"code": 1.5}}""", StrictJsonErrorKind.InvalidValue },
        { "\uFEFF{}", StrictJsonErrorKind.InvalidJson },
    };

    public static TheoryData<string, StrictJsonErrorKind> SkippingRejections => new()
    {
        { """{"x": 1, "x": 2}""", StrictJsonErrorKind.DuplicateMember },
        { """{"x": "\ud800"}""", StrictJsonErrorKind.InvalidJson },
        { """{"x": ["\udc00"]}""", StrictJsonErrorKind.InvalidJson },
        { """{"\ud800": 1}""", StrictJsonErrorKind.InvalidJson },
        { """{"id": "1"}""", StrictJsonErrorKind.UnexpectedToken },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Rejecting_allocates_nothing(string json, StrictJsonErrorKind kind)
    {
        byte[] bytes = Expect.Utf8(json);
        Assert.Equal(kind, Expect.Rejected<JobEnd>(bytes).Kind);
        Assert.Equal(0, Allocations.PerRun(() => JobEnd.TryParse(bytes, out _, out _)));
    }

    [Theory]
    [MemberData(nameof(SkippingRejections))]
    public void Rejecting_while_skipping_allocates_nothing(string json, StrictJsonErrorKind kind)
    {
        byte[] bytes = Expect.Utf8(json);
        Assert.Equal(kind, Expect.Rejected<Lenient>(bytes).Kind);
        Assert.Equal(0, Allocations.PerRun(() => Lenient.TryParse(bytes, out _, out _)));
    }

    [Fact]
    public void Rejecting_invalid_utf8_allocates_nothing()
    {
        byte[] bytes = [.. """{"timestamp": 1, "status": "norm"""u8, 0xC3, 0x28, .. "al\"}"u8];
        Expect.Rejected<JobEnd>(bytes);
        Assert.Equal(0, Allocations.PerRun(() => JobEnd.TryParse(bytes, out _, out _)));
    }

    [Fact]
    public void Rejecting_an_array_element_allocates_nothing()
    {
        // First in the document, so no member read before it has allocated its value.
        byte[] bytes = Expect.Utf8("""{"numbers":[1,2,"3"],"text":"","flag":false,"small":0,"big":0,"ratio":0,"status":"normal","exit":{"code":0},"tags":["t"]}""");
        Expect.Rejected<EveryKind>(bytes);
        Assert.Equal(0, Allocations.PerRun(() => EveryKind.TryParse(bytes, out _, out _)));
    }
}
