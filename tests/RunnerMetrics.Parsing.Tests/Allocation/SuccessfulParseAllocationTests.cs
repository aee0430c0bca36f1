using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Allocation;

/// <summary>With <c>InternStrings</c>, steady-state parsing of a struct allocates nothing at all.</summary>
[Collection(AllocationCollection.Name)]
public class SuccessfulParseAllocationTests
{
    private static readonly byte[] Sample = Expect.Utf8("""
        {
          "name": "runner-7", "note": "caf\u00e9 \ud83d\ude00", "flag": true, "count": -42,
          "total": 9223372036854775807, "ratio": 1.5e-3, "status": "repo-policy-check-failure",
          "signal": "SIGKILL", "exit": {"code": 143}, "last_exit": {"code": 0},
          "end": {"timestamp": 1700000190.25, "status": "abnormal", "status_info": {"code": 1}, "note": "n", "extra": [1, {"a": "b"}]},
          "unknown": {"nested": ["x", 1, true, null]}
        }
        """);

    private static readonly byte[] PreJob = Expect.Utf8("""
        {"workflow": "ci", "repository": "owner/repo", "event": "push", "timestamp": 1700000100, "workflow_run_id": "7234567890", "runner_image": "ubuntu"}
        """);

    [Fact]
    public void Parsing_an_interned_struct_of_every_member_kind_allocates_nothing()
    {
        Assert.True(InternedSample.TryParse(Sample, out var first, out var error), error.ToString());
        Assert.Equal("café 😀", first.Note);
        Assert.Equal(0, Allocations.PerRun(() => InternedSample.TryParse(Sample, out _, out _)));
    }

    [Fact]
    public void Parse_of_an_interned_struct_allocates_nothing()
    {
        Assert.Equal(0, Allocations.PerRun(() => InternedSample.Parse(Sample)));
    }

    [Fact]
    public void Parsing_a_pre_job_document_allocates_nothing()
    {
        Assert.True(JobStart.TryParse(PreJob, out _, out var error), error.ToString());
        Assert.Equal(0, Allocations.PerRun(() => JobStart.TryParse(PreJob, out _, out _)));
    }

    [Fact]
    public void Interned_strings_are_the_same_instances()
    {
        var first = InternedSample.Parse(Sample);
        var second = InternedSample.Parse(Sample);
        Assert.Same(first.Name, second.Name);
        Assert.Same(first.Note, second.Note);
    }
}
