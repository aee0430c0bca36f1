using RunnerMetrics.Extraction;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Contract rule 3: installed missing, then pre-job missing, then unparsable, then post-job missing.</summary>
public sealed class DecisionOrderTests : ExtractionTestBase
{
    private static readonly ExtractionResult RemovedOnly = new(new IssuedEvents(0, 0), 0, 1, 0);

    [Theory]
    [InlineData(null, null)]
    [InlineData("pre", "post")]
    [InlineData("{garbage", "{garbage")]
    [InlineData("pre", "{garbage")]
    public void Installed_timestamp_missing_removes_the_runner_without_events(string? pre, string? post)
    {
        Fleet.Runner("r", null, Content(pre, "r"), PostContent(post));

        ExtractionResult result = Extract();

        Assert.Equal(RemovedOnly, result);
        AssertRemovedSilently("r");
    }

    [Theory]
    [InlineData("1700000000", null)]
    [InlineData("1700000000", "post")]
    [InlineData("not a timestamp", "post")]
    [InlineData("-5", "{garbage")]
    public void Pre_job_missing_removes_the_runner_without_events(string installed, string? post)
    {
        Fleet.Runner("r", installed, null, PostContent(post));

        ExtractionResult result = Extract();

        Assert.Equal(RemovedOnly, result);
        AssertRemovedSilently("r");
    }

    [Theory]
    [InlineData("garbage", "pre", "post")]
    [InlineData("1700000000", "{garbage", "post")]
    [InlineData("1700000000", "pre", "{garbage")]
    [InlineData("garbage", "{garbage", null)]
    [InlineData("1700000000", "{garbage", null)]
    public void Any_unparsable_present_file_quarantines_the_runner(string installed, string pre, string? post)
    {
        Fleet.Runner("r", installed, Content(pre, "r"), PostContent(post));

        ExtractionResult result = Extract();

        var entries = AssertQuarantined("r", result);
        Assert.Equal(installed, entries["r/" + RunnerFiles.InstalledTimestamp].Text);
        Assert.Equal(Content(pre, "r"), entries["r/" + RunnerFiles.PreJobMetrics].Text);
        Assert.Equal(post is null, !entries.ContainsKey("r/" + RunnerFiles.PostJobMetrics));
        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 1, 0, 0), result);
    }

    [Fact]
    public void Post_job_missing_gives_a_start_event_only()
    {
        Fleet.PreOnly("r");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 0), 0, 1, 0), result);
        Assert.Equal(["runner_start"], System.Linq.Enumerable.Select(Events(), e => e.GetProperty("event").GetString()));
        Assert.False(Fleet.Exists("r"));
        Assert.Empty(Archives());
    }

    [Fact]
    public void An_empty_post_job_file_is_present_and_unparsable()
    {
        Fleet.PreOnly("r").Write("r", RunnerFiles.PostJobMetrics, "");

        AssertQuarantined("r", Extract());
    }

    private void AssertRemovedSilently(string runner)
    {
        Assert.False(Fleet.Exists(runner));
        Assert.Empty(Sink.Lines);
        Assert.Empty(Sink.PendingLines);
        Assert.Empty(Archives());
        Assert.Single(Log.WithId(NoMetricsLogId));
        Assert.Empty(Log.WithId(CorruptLogId));
    }

    private static string? Content(string? pre, string runner) => pre == "pre" ? Support.FleetBuilder.PreJob(runner) : pre;

    private static string? PostContent(string? post) => post == "post" ? Support.FleetBuilder.PostJob() : post;
}
