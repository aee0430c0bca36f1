using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Extraction;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Contract rule 7: a runner that can't be removed or archived is logged and the pass goes on.</summary>
public sealed class CleanupFailureTests : ExtractionTestBase
{
    private readonly List<Undeletable> _stuck = [];

    [Fact]
    public void A_delivered_runner_that_cannot_be_removed_is_logged_and_the_pass_continues()
    {
        Fleet.Full("stuck");
        Stick("stuck");
        Fleet.Full("fine");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(2, 2), 0, 1, 0) { Failed = 1 }, result);
        Assert.Equal(4, Sink.Lines.Count);
        Assert.False(Fleet.Exists("fine"));
        Assert.True(Fleet.Exists("stuck"));
        LogEntry logged = Assert.Single(Log.WithId(RemoveFailedLogId));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("stuck", logged.Message, System.StringComparison.Ordinal);

        // Its metric files went with the rest of what could be removed: the next pass removes it, no events again.
        Unstick();
        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 0, 1, 0), Extract());
        Assert.Equal(4, Sink.Lines.Count);
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
    }

    [Fact]
    public void A_runner_without_metrics_that_cannot_be_removed_is_logged()
    {
        Fleet.TimestampOnly("stuck");
        Stick("stuck");
        Fleet.TimestampOnly("fine");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 0, 1, 0) { Failed = 1 }, result);
        Assert.True(Fleet.Exists("stuck"));
        Assert.False(Fleet.Exists("fine"));
        Assert.Contains("stuck", Assert.Single(Log.WithId(RemoveFailedLogId)).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_runner_that_cannot_be_removed_is_archived_and_logged()
    {
        Fleet.Runner("stuck", "corrupt", FleetBuilder.PreJob("stuck"), null);
        Stick("stuck");
        Fleet.Runner("fine", "corrupt", FleetBuilder.PreJob("fine"), null);

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 1, 0, 0) { Failed = 1 }, result);
        Assert.True(Fleet.Exists("stuck"));
        Assert.False(Fleet.Exists("fine"));
        Assert.Equal(["fine.tar.gz", "stuck.tar.gz"], Archives());
        LogEntry logged = Assert.Single(Log.WithId(QuarantineFailedLogId));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("stuck", logged.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unusable_quarantine_directory_leaves_corrupt_runners_in_place_and_the_pass_continues()
    {
        File.WriteAllText(QuarantineDirectory, "a file, not a directory");
        Fleet.Runner("corrupt", "1700000000", "[]", null);
        Fleet.Full("fine");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 0) { Failed = 1 }, result);
        Assert.True(Fleet.Exists("corrupt"));
        Assert.Equal("[]", File.ReadAllText(Fleet.FilePath("corrupt", RunnerFiles.PreJobMetrics)));
        Assert.False(Fleet.Exists("fine"));
        Assert.Contains("corrupt", Assert.Single(Log.WithId(QuarantineFailedLogId)).Message, System.StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Temp.Path, "*.partial", SearchOption.AllDirectories));
    }

    protected override void Dispose(bool disposing)
    {
        Unstick();
        base.Dispose(disposing);
    }

    private void Stick(string runner)
    {
        string nested = Path.Combine(Fleet.RunnerPath(runner), "work", "_temp");
        Directory.CreateDirectory(nested);
        _stuck.Add(new Undeletable(Path.Combine(nested, "locked")));
    }

    private void Unstick()
    {
        foreach (Undeletable stuck in _stuck)
        {
            stuck.Dispose();
        }

        _stuck.Clear();
    }
}
