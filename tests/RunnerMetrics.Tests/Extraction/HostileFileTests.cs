using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>
/// Contract rule 2 with the real thing on disk: each hostile entry, in place of each of the three files,
/// makes the runner corrupt (quarantined, no events) without following, blocking on or reading it.
/// The host files the links point to hold <em>valid</em> content, so following a link would produce events.
/// </summary>
public sealed class HostileFileTests : ExtractionTestBase
{
    private const string Secret = "HOST-SECRET-7c1e";
    private const long TenGiB = 10L * 1024 * 1024 * 1024;
    private const long ArchiveBound = 256 * 1024;

    private Socket? _socket;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string file in new[] { RunnerFiles.InstalledTimestamp, RunnerFiles.PreJobMetrics, RunnerFiles.PostJobMetrics })
        {
            foreach (string kind in new[] { "symlink-to-host-file", "symlink-to-dev-zero", "fifo", "directory", "hard-link", "sparse-10GiB", "1025-bytes", "unix-socket" })
            {
                data.Add(file, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_file_quarantines_the_runner_without_following_or_reading_it(string file, string kind)
    {
        string host = WriteHostFile(file);
        Fleet.FullWithout("r", file);
        MakeHostile(file, kind, host);

        var result = Extract();

        Dictionary<string, ArchivedEntry> entries = AssertQuarantined("r", result);
        ArchivedEntry entry = entries["r/" + file + (kind == "directory" ? "/" : "")];
        switch (kind)
        {
            case "symlink-to-host-file":
                Assert.Equal((TarEntryType.SymbolicLink, host), (entry.Type, entry.LinkName));
                break;
            case "symlink-to-dev-zero":
                Assert.Equal((TarEntryType.SymbolicLink, "/dev/zero"), (entry.Type, entry.LinkName));
                break;
            case "fifo":
                Assert.Equal(TarEntryType.Fifo, entry.Type);
                break;
            case "directory":
                Assert.Equal(TarEntryType.Directory, entry.Type);
                Assert.Equal("inside", entries["r/" + file + "/x"].Text);
                break;
            case "hard-link":
                Assert.Equal(0, entry.Length);
                Assert.StartsWith("not read: 2 hard links", entry.Note, System.StringComparison.Ordinal);
                break;
            case "sparse-10GiB":
                Assert.InRange(entry.Length, 0, QuarantineLimits.MaxEntryBytes);
                Assert.StartsWith("truncated: 10737418240 bytes", entry.Note, System.StringComparison.Ordinal);
                break;
            case "1025-bytes":
                Assert.Equal(RunnerFiles.MaxFileSize + 1, entry.Length);
                break;
            case "unix-socket":
                Assert.Equal((0, "socket"), (entry.Length, entry.Note));
                break;
        }

        AssertArchiveBoundedAndFreeOfHostContent("r");
        Assert.Equal(HostContent(file), File.ReadAllText(host));
        Assert.Contains(Log.WithId(CorruptLogId), e => e.Message.Contains(file, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("symlink-to-host-file")]
    [InlineData("hard-link")]
    public void A_hostile_file_makes_the_runner_corrupt_even_when_the_others_are_missing(string kind)
    {
        string host = WriteHostFile(RunnerFiles.PreJobMetrics);
        Directory.CreateDirectory(Fleet.RunnerPath("r"));
        MakeHostile(RunnerFiles.PreJobMetrics, kind, host);

        AssertQuarantined("r", Extract());
        AssertArchiveBoundedAndFreeOfHostContent("r");
    }

    [Fact]
    public void A_hard_link_between_two_runner_files_is_hostile()
    {
        Fleet.FullWithout("r", RunnerFiles.PostJobMetrics).HardLink("r", RunnerFiles.PostJobMetrics, Fleet.FilePath("r", RunnerFiles.PreJobMetrics));

        AssertQuarantined("r", Extract());
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read_and_one_byte_more_is_not()
    {
        string preJob = FleetBuilder.PreJob("at-limit");
        Fleet.Runner("at-limit", "1700000000", preJob.PadRight(RunnerFiles.MaxFileSize), null);
        Fleet.Runner("over-limit", "1700000000", FleetBuilder.PreJob("over-limit").PadRight(RunnerFiles.MaxFileSize + 1), null);

        var result = Extract();

        Assert.Equal(new RunnerMetrics.Extraction.ExtractionResult(new RunnerMetrics.Extraction.IssuedEvents(1, 0), 1, 1, 0), result);
        Assert.Equal("canonical/at-limit", Events()[0].GetProperty("repo").GetString());
        Assert.Equal(["over-limit.tar.gz"], Archives());
    }

    [Fact]
    public void A_runner_full_of_hostile_entries_is_archived_within_bounds()
    {
        string host = WriteHostFile(RunnerFiles.PreJobMetrics);
        Fleet.Runner("r", null, null, null)
            .SymbolicLink("r", RunnerFiles.InstalledTimestamp, "/dev/zero")
            .HardLink("r", RunnerFiles.PreJobMetrics, host)
            .Fifo("r", RunnerFiles.PostJobMetrics)
            .Sparse("r", "core", TenGiB)
            .Sparse("r", "core2", TenGiB)
            .SymbolicLink("r", "etc", "/etc")
            .SymbolicLink("r", "passwd", "/etc/passwd");

        AssertQuarantined("r", Extract());
        AssertArchiveBoundedAndFreeOfHostContent("r");
        Assert.True(File.Exists("/etc/passwd"));
    }

    private string WriteHostFile(string file)
    {
        string host = Temp.Combine("host-" + file);
        File.WriteAllText(host, HostContent(file));
        return host;
    }

    // Valid content, so a runner that followed the link would deliver it: only the entry's kind is wrong.
    private static string HostContent(string file) => file switch
    {
        RunnerFiles.InstalledTimestamp => "1234567890.125",
        RunnerFiles.PreJobMetrics => FleetBuilder.PreJob("r", workflow: Secret),
        _ => $$"""{"timestamp": 1700000400, "status": "normal", "note": "{{Secret}}"}""",
    };

    private static string ValidContent(string file) => file switch
    {
        RunnerFiles.InstalledTimestamp => "1700000000",
        RunnerFiles.PreJobMetrics => FleetBuilder.PreJob("r"),
        _ => FleetBuilder.PostJob(),
    };

    private void MakeHostile(string file, string kind, string host)
    {
        switch (kind)
        {
            case "symlink-to-host-file":
                Fleet.SymbolicLink("r", file, host);
                break;
            case "symlink-to-dev-zero":
                Fleet.SymbolicLink("r", file, "/dev/zero");
                break;
            case "fifo":
                Fleet.Fifo("r", file);
                break;
            case "directory":
                Directory.CreateDirectory(Fleet.FilePath("r", file));
                File.WriteAllText(Path.Combine(Fleet.FilePath("r", file), "x"), "inside");
                break;
            case "hard-link":
                Fleet.HardLink("r", file, host);
                break;
            case "sparse-10GiB":
                Fleet.Sparse("r", file, TenGiB);
                break;
            case "1025-bytes":
                Fleet.Write("r", file, ValidContent(file).PadLeft(RunnerFiles.MaxFileSize + 1));
                break;
            case "unix-socket":
                // Kept open: .NET unlinks a socket file it bound when the socket is disposed.
                _socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                _socket.Bind(new UnixDomainSocketEndPoint(Fleet.FilePath("r", file)));
                break;
            default:
                Assert.Fail("unknown kind " + kind);
                break;
        }
    }

    private void AssertArchiveBoundedAndFreeOfHostContent(string runner)
    {
        var archive = new FileInfo(ArchivePath(runner));
        Assert.InRange(archive.Length, 1, ArchiveBound);
        using var gzip = new GZipStream(archive.OpenRead(), CompressionMode.Decompress);
        using var tar = new MemoryStream();
        gzip.CopyTo(tar);
        Assert.InRange(tar.Length, 1, 2L * QuarantineLimits.MaxEntryBytes + (1 << 20));
        string text = Encoding.Latin1.GetString(tar.ToArray());
        Assert.DoesNotContain(Secret, text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("1234567890.125", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", text, System.StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        _socket?.Dispose();
        base.Dispose(disposing);
    }
}
