using RunnerMetrics.Parsing.Tests.Samples;

namespace RunnerMetrics.Parsing.Tests;

public class SmokeTests
{
    [Fact]
    public void Parses_a_pre_job_document()
    {
        var ok = JobStart.TryParse("""{"workflow": "ci", "repository": "o/r", "event": "push", "timestamp": 1700000100, "workflow_run_id": "7", "extra": [1, {"a": null}]}"""u8, out var value, out var error);
        Assert.True(ok, error.ToString());
        Assert.Equal(new JobStart(1700000100, "ci", "7", "o/r", "push"), value);
    }
}
