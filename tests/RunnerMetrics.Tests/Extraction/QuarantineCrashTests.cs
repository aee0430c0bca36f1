using System;
using System.IO;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Contract rule 11: no temporary archive outlives its process's next pass; one archive per quarantined runner.</summary>
public sealed class QuarantineCrashTests : ExtractionTestBase
{
    private const int StaleArchivesLogId = 15;

    [Fact]
    public void A_temporary_archive_no_process_holds_is_removed_by_the_next_pass_and_a_held_one_is_kept()
    {
        Directory.CreateDirectory(QuarantineDirectory);
        string dead = Path.Combine(QuarantineDirectory, ".quarantine-0123456789abcdef0123456789abcdef.partial");
        string live = Path.Combine(QuarantineDirectory, ".quarantine-fedcba9876543210fedcba9876543210.partial");
        string unrelated = Path.Combine(QuarantineDirectory, ".notes.partial.txt");
        File.WriteAllText(dead, "half an archive, its writer killed");
        File.WriteAllText(unrelated, "not ours");
        Fleet.Full("fine");

        using (var held = File.OpenHandle(live, FileMode.CreateNew, FileAccess.Write))
        {
            TestLibc.LockExclusive(held);

            Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 0), Extract());

            Assert.False(File.Exists(dead));
            Assert.True(File.Exists(live), "a temporary archive a live process holds was removed");
            Assert.Contains("1 temporary", Assert.Single(Log.WithId(StaleArchivesLogId)).Message, StringComparison.Ordinal);
        }

        // Its writer gone without renaming it: garbage now.
        Extract();
        Assert.False(File.Exists(live));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public void Re_archiving_a_runner_after_a_crash_replaces_its_archive()
    {
        // A crash between archiving and removal left both the archive and the runner.
        Directory.CreateDirectory(QuarantineDirectory);
        File.WriteAllText(ArchivePath("corrupt"), "an archive written before the crash");
        Fleet.Runner("corrupt", "1700000000", "{", null);

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 1, 0, 0), result);
        Assert.Equal(["corrupt.tar.gz"], Archives());
        Assert.Equal("{", Archive("corrupt")["corrupt/pre-job-metrics.json"].Text);
        Assert.False(Fleet.Exists("corrupt"));
    }

    [Fact]
    public void A_quarantine_path_that_is_a_file_is_reported_as_not_a_directory()
    {
        File.WriteAllText(QuarantineDirectory, "a file");
        Fleet.Runner("corrupt", "1700000000", "{", null);

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 0, 0, 0) { Failed = 1 }, result);
        LogEntry logged = Assert.Single(Log.WithId(QuarantineFailedLogId));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains($"Cannot open the quarantine folder '{QuarantineDirectory}': Not a directory", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("already exists", logged.Message, StringComparison.Ordinal);
        Assert.True(Fleet.Exists("corrupt"));
    }

    [Fact]
    public void An_unwritable_quarantine_folder_is_reported_as_such_and_the_runner_stays()
    {
        using var unwritable = new UnwritableDirectory(QuarantineDirectory);
        Fleet.Runner("corrupt", "1700000000", "{", null).Full("fine");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 0) { Failed = 1 }, result);
        Assert.Contains(
            $"Cannot create a temporary archive in the quarantine folder '{QuarantineDirectory}': {unwritable.Reason}",
            Assert.Single(Log.WithId(QuarantineFailedLogId)).Message,
            StringComparison.Ordinal);
        Assert.True(Fleet.Exists("corrupt"));
        Assert.Empty(Directory.GetFiles(QuarantineDirectory));
    }
}
