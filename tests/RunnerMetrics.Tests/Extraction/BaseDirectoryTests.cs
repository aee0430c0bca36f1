using System.IO;
using System.Linq;
using RunnerMetrics.Extraction;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Contract rule 1: only directories directly in the base are runners; ignored runners are not touched.</summary>
public sealed class BaseDirectoryTests : ExtractionTestBase
{
    [Fact]
    public void Entries_in_the_base_that_are_not_directories_are_left_alone()
    {
        string elsewhere = Temp.CreateSubdirectory("elsewhere");
        new FleetBuilder(elsewhere).Full("outside-runner");
        string stray = Path.Combine(Fleet.BaseDirectory, "stray-file");
        File.WriteAllText(stray, FleetBuilder.PreJob("stray"));
        File.CreateSymbolicLink(Path.Combine(Fleet.BaseDirectory, "link-to-runner"), Path.Combine(elsewhere, "outside-runner"));
        File.CreateSymbolicLink(Path.Combine(Fleet.BaseDirectory, "link-to-etc"), "/etc");
        File.CreateSymbolicLink(Path.Combine(Fleet.BaseDirectory, "dangling"), "/nonexistent/runner");
        TestLibc.CreateFifo(Path.Combine(Fleet.BaseDirectory, "fifo"));
        Fleet.Full("real");

        ExtractionResult result = Extract();

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 0), result);
        Assert.Equal(
            ["dangling", "fifo", "link-to-etc", "link-to-runner", "stray-file"],
            Directory.GetFileSystemEntries(Fleet.BaseDirectory).Select(Path.GetFileName).Order());
        Assert.Equal(FleetBuilder.PreJob("stray"), File.ReadAllText(stray));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(elsewhere, "outside-runner")).Length);
        Assert.Equal([FleetBuilder.RepositoryOf("real")], Events().Select(e => e.GetProperty("repo").GetString()).Distinct());
        Assert.Empty(Archives());
    }

    [Fact]
    public void Ignored_runners_are_not_touched_whatever_they_hold()
    {
        Fleet.Full("busy-valid").Fifo("busy-valid", "extra-fifo");
        Fleet.Runner("busy-corrupt", "not a number", "{", "[]");
        Fleet.TimestampOnly("busy-empty");
        Fleet.Full("done");
        var before = Directory.GetFileSystemEntries(Fleet.BaseDirectory, "*", SearchOption.AllDirectories)
            .Select(p => (p, File.GetLastWriteTimeUtc(p))).Order().ToArray();

        ExtractionResult result = Extract("busy-valid", "busy-corrupt", "busy-empty", "not-there");

        Assert.Equal(new ExtractionResult(new IssuedEvents(1, 1), 0, 1, 3), result);
        Assert.False(Fleet.Exists("done"));
        var after = Directory.GetFileSystemEntries(Fleet.BaseDirectory, "*", SearchOption.AllDirectories)
            .Select(p => (p, File.GetLastWriteTimeUtc(p))).Order().ToArray();
        Assert.Equal(before.Where(e => !e.p.Contains("/done", System.StringComparison.Ordinal)), after);
        Assert.Equal("not a number", File.ReadAllText(Fleet.FilePath("busy-corrupt", RunnerFiles.InstalledTimestamp)));
        Assert.Empty(Archives());
        Assert.Empty(Log.WithId(CorruptLogId));
    }

    [Fact]
    public void An_empty_base_yields_an_empty_result()
    {
        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 0, 0, 0), Extract("x"));
        Assert.Empty(Sink.Lines);
        Assert.Equal(0, Sink.FlushCount);
    }

    [Fact]
    public void A_missing_base_is_an_io_error()
    {
        Directory.Delete(Fleet.BaseDirectory);
        var extractor = Extractor();
        Assert.Throws<IOException>(() => extractor.Extract(Flavor, new System.Collections.Generic.HashSet<string>()));
    }
}
