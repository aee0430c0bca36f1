using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace RunnerMetrics.Parsing.Tests.Allocation;

/// <summary>
/// The one rejection that allocates: a syntax error, which <c>Utf8JsonReader</c> reports by throwing. README
/// states its cost from these figures; the bound fails the test if the cost grows.
/// </summary>
[Collection(AllocationCollection.Name)]
public class SyntaxErrorAllocationTests(ITestOutputHelper output)
{
    private const long Bound = 3072;

    public static TheoryData<string> SyntaxErrors => new()
    {
        """{"timestamp": 1, "status": "normal",}""",
        """{"timestamp": 1 "status": "normal"}""",
        """{"timestamp": tru, "status": "normal"}""",
        """{"timestamp": 1, "status": "normal""",
        """{"timestamp": 01, "status": "normal"}""",
        """{"timestamp": 1, "status": "normal"} x""",
        """{"timestamp": 1, /* c */ "status": "normal"}""",
        "",
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void A_syntax_error_costs_one_caught_exception(string json)
    {
        byte[] bytes = Expect.Utf8(json);
        Assert.Equal(StrictJsonErrorKind.InvalidJson, Expect.Rejected<JobEnd>(bytes).Kind);

        long allocated = Allocations.PerRun(() => JobEnd.TryParse(bytes, out _, out _));
        output.WriteLine($"{allocated} B for {json}");
        Assert.InRange(allocated, 1, Bound);
    }
}
