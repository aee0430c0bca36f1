using System.Formats.Tar;
using System.IO;
using System.Linq;
using RunnerMetrics.Extraction;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Runner names with spaces and non-ASCII; nested entries whose names are not UTF-8.</summary>
public sealed class RunnerNameTests : ExtractionTestBase
{
    private static readonly byte[] BadDirectory = [0xFF, (byte)'d', (byte)' ', (byte)'%'];
    private static readonly byte[] BadFile = [(byte)'f', 0xC0, 0x80];

    [Theory]
    [InlineData("runner with spaces")]
    [InlineData("rünner-ß-日本-🚀")]
    [InlineData(" leading and trailing ")]
    [InlineData("-dash.dot%percent")]
    public void Odd_but_valid_names_are_delivered_removed_and_quarantined(string name)
    {
        Fleet.Full(name);
        Fleet.Runner(name + " corrupt", "x", FleetBuilder.PreJob(name), null);

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 1, 1, 0), result);
        Assert.Equal(FleetBuilder.RepositoryOf(name), Events()[0].GetProperty("repo").GetString());
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
        Assert.Equal([name + " corrupt.tar.gz"], Archives());
        Assert.Equal("x", Archive(name + " corrupt")[name + " corrupt/" + RunnerFiles.InstalledTimestamp].Text);
    }

    [Fact]
    public void Ignoring_matches_names_exactly()
    {
        Fleet.Full("rünner");
        Fleet.Full("RÜNNER");
        Fleet.Full("ru\u0308nner"); // the same text, decomposed

        ExtractionResult result = Extract("rünner");

        Assert.Equal(new ExtractionResult(new IssuedEvents(2, 2), 0, 2, 1), result);
        Assert.Equal(["rünner"], Directory.GetDirectories(Fleet.BaseDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public void A_valid_runner_with_nested_non_utf8_names_is_removed_completely()
    {
        Fleet.Full("valid one");
        AddNestedNonUtf8Entries("valid one");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 0), result);
        Assert.False(Fleet.Exists("valid one"));
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
        Assert.Empty(Log.WithId(RemoveFailedLogId));
    }

    [Fact]
    public void A_corrupt_runner_with_nested_non_utf8_names_is_archived_and_removed()
    {
        Fleet.Runner("bäd one", "1700000000", "{not json", null);
        AddNestedNonUtf8Entries("bäd one");

        var entries = AssertQuarantined("bäd one", Extract());

        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
        Assert.Equal(TarEntryType.Directory, entries["bäd one/%FFd %25/"].Type);
        Assert.Equal(TarEntryType.Directory, entries["bäd one/%FFd %25/%FFd %25/"].Type);
        Assert.Equal("deep", entries["bäd one/%FFd %25/%FFd %25/f%C0%80"].Text);
        Assert.Equal("top", entries["bäd one/f%C0%80"].Text);
        Assert.Equal("%FD", entries["bäd one/%FFd %25/link"].LinkName);
        Assert.Empty(Log.WithId(QuarantineFailedLogId));
    }

    [Fact]
    public void A_runner_directory_whose_own_name_is_not_utf8_is_left_alone_and_counted_in_a_warning()
    {
        byte[] path = TestLibc.RawPath(Fleet.BaseDirectory, [0xFF, (byte)'r']);
        TestLibc.CreateDirectory(path);
        TestLibc.CreateFile(TestLibc.RawPath(Fleet.BaseDirectory, [0xFF, (byte)'r'], [.. "pre-job-metrics.json"u8]), "{"u8);
        Fleet.Full("ok");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 0), result);
        Assert.Single(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
        Assert.Contains(Log.Entries, e => e.Id.Id == 9 && e.Message.StartsWith("1 entries", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_folders_in_valid_and_corrupt_runners_are_removed()
    {
        Fleet.Full("deep-valid");
        Fleet.Runner("deep-corrupt", "nope", FleetBuilder.PreJob("deep-corrupt"), null);
        foreach (string runner in new[] { "deep-valid", "deep-corrupt" })
        {
            string path = Fleet.RunnerPath(runner);
            for (int i = 0; i < 100; i++)
            {
                path = Path.Combine(path, "d");
            }

            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "leaf"), "x");
        }

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 1, 1, 0), result);
        Assert.Empty(Directory.GetFileSystemEntries(Fleet.BaseDirectory));
        Assert.Equal(["deep-corrupt.tar.gz"], Archives());
    }

    private void AddNestedNonUtf8Entries(string runner)
    {
        string root = Fleet.RunnerPath(runner);
        TestLibc.CreateDirectory(TestLibc.RawPath(root, BadDirectory));
        TestLibc.CreateDirectory(TestLibc.RawPath(root, BadDirectory, BadDirectory));
        TestLibc.CreateFile(TestLibc.RawPath(root, BadDirectory, BadDirectory, BadFile), "deep"u8);
        TestLibc.CreateFile(TestLibc.RawPath(root, BadFile), "top"u8);
        TestLibc.CreateSymbolicLink([0xFD], TestLibc.RawPath(root, BadDirectory, [.. "link"u8]));
        TestLibc.CreateFifo(Path.Combine(root, "fifo"));
    }
}
