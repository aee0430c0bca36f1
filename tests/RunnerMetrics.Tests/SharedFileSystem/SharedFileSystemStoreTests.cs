using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.SharedFileSystem;

public sealed class SharedFileSystemStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _base;
    private readonly SharedFileSystemStore _store;

    public SharedFileSystemStoreTests()
    {
        _base = _temp.CreateSubdirectory("runner-fs");
        _store = SharedFileSystemStore.Open(_base);
    }

    [Fact]
    public void Lists_only_real_directories_and_leaves_the_rest_alone()
    {
        Directory.CreateDirectory(Path.Combine(_base, "runner one"));
        Directory.CreateDirectory(Path.Combine(_base, "rünner-ß-🚀"));
        File.WriteAllText(Path.Combine(_base, "stray-file"), "x");
        File.CreateSymbolicLink(Path.Combine(_base, "link-to-dir"), _temp.CreateSubdirectory("elsewhere"));
        File.CreateSymbolicLink(Path.Combine(_base, "link-to-root"), "/");
        TestLibc.CreateFifo(Path.Combine(_base, "fifo"));
        TestLibc.CreateDirectory(TestLibc.RawPath(_base, [0xC3, 0x28]));

        IReadOnlyList<string> runners = _store.ListRunners(out int undecodable);

        Assert.Equal(["runner one", "rünner-ß-🚀"], runners.Order(StringComparer.Ordinal));
        Assert.Equal(1, undecodable);
        Assert.Equal(7, Directory.GetFileSystemEntries(_base).Length);
    }

    [Fact]
    public void Opens_only_real_directories()
    {
        File.CreateSymbolicLink(Path.Combine(_base, "link"), _temp.CreateSubdirectory("elsewhere"));
        File.WriteAllText(Path.Combine(_base, "file"), "x");

        Assert.Null(_store.TryOpen("link"));
        Assert.Null(_store.TryOpen("file"));
        Assert.Null(_store.TryOpen("missing"));
        Assert.Null(_store.TryClaim("link"));
        Assert.Throws<ArgumentException>(() => _store.TryOpen("../runner-fs"));
        Assert.Throws<ArgumentException>(() => _store.Create("a/b"));
    }

    [Fact]
    public void A_claimed_runner_cannot_be_claimed_again_until_released()
    {
        _store.Create("runner").Dispose();

        using (RunnerDirectory? first = _store.TryClaim("runner"))
        {
            Assert.NotNull(first);
            Assert.True(first.IsClaimed);
            Assert.Null(_store.TryClaim("runner"));
            using SharedFileSystemStore other = SharedFileSystemStore.Open(_base);
            Assert.Null(other.TryClaim("runner"));
            Assert.Equal(42, RunFlock(Path.Combine(_base, "runner")));
        }

        using RunnerDirectory? again = _store.TryClaim("runner");
        Assert.NotNull(again);
    }

    [Fact]
    public void Concurrent_extractions_never_process_a_runner_twice()
    {
        for (int i = 0; i < 200; i++)
        {
            _store.Create("runner-" + i).Dispose();
        }

        var processed = new System.Collections.Concurrent.ConcurrentBag<string>();
        System.Threading.Tasks.Parallel.For(0, 4, _ =>
        {
            using SharedFileSystemStore store = SharedFileSystemStore.Open(_base);
            foreach (string name in store.ListRunners())
            {
                using RunnerDirectory? runner = store.TryClaim(name);
                if (runner is not null)
                {
                    processed.Add(name);
                    Assert.True(store.Delete(runner).Succeeded);
                }
            }
        });

        Assert.Equal(200, processed.Count);
        Assert.Equal(200, processed.Distinct().Count());
        Assert.Empty(_store.ListRunners());
    }

    [Fact]
    public void A_runner_removed_by_its_claimer_cannot_be_claimed()
    {
        using (RunnerDirectory runner = _store.Create("gone"))
        {
            Assert.True(_store.Delete(runner).Succeeded);
        }

        Assert.Null(_store.TryClaim("gone"));
        Assert.Equal(2, _store.Delete("gone").Errno); // ENOENT
    }

    [Fact]
    public void Delete_removes_links_never_their_targets()
    {
        string outside = _temp.CreateSubdirectory("host");
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "host data");
        File.WriteAllText(Path.Combine(outside, "hard.txt"), "host data");
        using RunnerDirectory runner = _store.Create("runner");
        string root = Path.Combine(_base, "runner");
        File.WriteAllText(Path.Combine(root, RunnerFiles.PreJobMetrics), "{}");
        File.CreateSymbolicLink(Path.Combine(root, "link-dir"), outside);
        File.CreateSymbolicLink(Path.Combine(root, "link-file"), Path.Combine(outside, "keep.txt"));
        File.CreateSymbolicLink(Path.Combine(root, "link-etc"), "/etc");
        TestLibc.CreateHardLink(Path.Combine(root, "hard"), Path.Combine(outside, "hard.txt"));
        Directory.CreateDirectory(Path.Combine(root, "a", "b", "c"));
        File.CreateSymbolicLink(Path.Combine(root, "a", "b", "up"), "../../../../host");
        TestLibc.CreateFifo(Path.Combine(root, "a", "fifo"));

        StoreResult result = _store.Delete(runner);

        Assert.True(result.Succeeded, result.Message);
        Assert.True(runner.IsRemoved);
        Assert.False(Directory.Exists(root));
        Assert.Equal(["hard.txt", "keep.txt"], Directory.GetFiles(outside).Select(Path.GetFileName).Order());
        Assert.True(File.Exists("/etc/passwd"));
    }

    [Fact]
    public void Delete_removes_names_that_are_not_utf8()
    {
        using RunnerDirectory runner = _store.Create("rünner with spaces");
        string root = Path.Combine(_base, "rünner with spaces");
        byte[] badDirectory = [0xFF, (byte)'d'];
        byte[] badFile = [(byte)'f', 0xC0, 0x80];
        TestLibc.CreateDirectory(TestLibc.RawPath(root, badDirectory));
        TestLibc.CreateDirectory(TestLibc.RawPath(root, badDirectory, badDirectory));
        TestLibc.CreateFile(TestLibc.RawPath(root, badDirectory, badDirectory, badFile), "x"u8);
        TestLibc.CreateFile(TestLibc.RawPath(root, badFile), "x"u8);

        Assert.True(_store.Delete(runner).Succeeded);
        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void Delete_handles_nesting_deeper_than_its_descriptor_budget()
    {
        using RunnerDirectory runner = _store.Create("deep");
        string path = Path.Combine(_base, "deep");
        for (int i = 0; i < 200; i++)
        {
            path = Path.Combine(path, "d");
        }

        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "leaf"), "x");

        StoreResult result = _store.Delete(runner);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(Directory.Exists(Path.Combine(_base, "deep")));
    }

    [Fact]
    public void Delete_by_name_leaves_other_runners_alone()
    {
        _store.Create("a").Dispose();
        _store.Create("b").Dispose();
        Assert.True(_store.Delete("a").Succeeded);
        Assert.Equal(["b"], _store.ListRunners());
    }

    [Fact]
    public void Quarantine_archives_a_hostile_runner_without_following_or_reading_special_files()
    {
        string quarantine = _temp.Combine("quarantine");
        string outside = _temp.CreateSubdirectory("host");
        File.WriteAllText(Path.Combine(outside, "secret"), "host secret");
        using RunnerDirectory runner = _store.Create("bad runner");
        string root = Path.Combine(_base, "bad runner");
        File.WriteAllText(Path.Combine(root, RunnerFiles.PreJobMetrics), "{not json");
        File.CreateSymbolicLink(Path.Combine(root, RunnerFiles.PostJobMetrics), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(root, "zero"), "/dev/zero");
        TestLibc.CreateHardLink(Path.Combine(root, "hard"), Path.Combine(outside, "secret"));
        TestLibc.CreateFifo(Path.Combine(root, RunnerFiles.InstalledTimestamp));
        using (var sparse = new FileStream(Path.Combine(root, "sparse"), FileMode.CreateNew))
        {
            sparse.SetLength(10L * 1024 * 1024 * 1024);
        }

        byte[] badName = [0xFF, (byte)'%', (byte)'x'];
        TestLibc.CreateDirectory(TestLibc.RawPath(root, badName));
        TestLibc.CreateFile(TestLibc.RawPath(root, badName, [0xFE]), "inner"u8);
        TestLibc.CreateSymbolicLink([0xFD], TestLibc.RawPath(root, badName, [(byte)'l']));

        QuarantineResult result = _store.Quarantine(runner, quarantine);

        Assert.True(result.Succeeded, result.Result.Message);
        Assert.Equal(Path.Combine(quarantine, "bad runner.tar.gz"), result.ArchivePath);
        Assert.False(Directory.Exists(root));
        Assert.Equal(["bad runner.tar.gz"], Directory.GetFiles(quarantine).Select(Path.GetFileName));
        Assert.Equal("host secret", File.ReadAllText(Path.Combine(outside, "secret")));

        Dictionary<string, ArchivedEntry> entries = ArchiveReader.Read(result.ArchivePath!);
        Assert.All(entries.Keys, name => Assert.StartsWith("bad runner/", name, StringComparison.Ordinal));
        Assert.Equal(result.Entries, entries.Count);
        Assert.Equal("{not json", entries["bad runner/pre-job-metrics.json"].Text);
        Assert.Equal(("/etc/passwd", System.Formats.Tar.TarEntryType.SymbolicLink),
            (entries["bad runner/post-job-metrics.json"].LinkName, entries["bad runner/post-job-metrics.json"].Type));
        Assert.Equal("/dev/zero", entries["bad runner/zero"].LinkName);
        Assert.Equal(System.Formats.Tar.TarEntryType.Fifo, entries["bad runner/runner-installed.timestamp"].Type);
        Assert.Equal(0, entries["bad runner/hard"].Length);
        Assert.StartsWith("not read: 2 hard links", entries["bad runner/hard"].Note, StringComparison.Ordinal);
        Assert.Equal(QuarantineLimits.MaxEntryBytes, entries["bad runner/sparse"].Length);
        Assert.StartsWith("truncated: 10737418240 bytes", entries["bad runner/sparse"].Note, StringComparison.Ordinal);
        Assert.Equal(System.Formats.Tar.TarEntryType.Directory, entries["bad runner/%FF%25x/"].Type);
        Assert.Equal("inner", entries["bad runner/%FF%25x/%FE"].Text);
        Assert.Equal("%FD", entries["bad runner/%FF%25x/l"].LinkName);
        Assert.Equal(2, result.TruncatedEntries);
    }

    [Fact]
    public void Quarantine_replaces_an_earlier_archive_of_the_same_runner()
    {
        string quarantine = _temp.Combine("quarantine");
        for (int i = 0; i < 2; i++)
        {
            using RunnerDirectory runner = _store.Create("again");
            File.WriteAllText(Path.Combine(_base, "again", "n"), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(_store.Quarantine(runner, quarantine).Succeeded);
        }

        // A runner archived again (a crash came between archiving and removal) keeps one archive, the latest.
        Assert.Equal(["again.tar.gz"], Directory.GetFiles(quarantine).Select(Path.GetFileName));
        Assert.Equal("1", ArchiveReader.Read(Path.Combine(quarantine, "again.tar.gz"))["again/n"].Text);
    }

    [Fact]
    public void Quarantine_failure_keeps_the_runner_and_leaves_no_partial_archive()
    {
        string quarantine = _temp.Combine("not-a-directory");
        File.WriteAllText(quarantine, "x");
        using RunnerDirectory runner = _store.Create("kept");

        QuarantineResult result = _store.Quarantine(runner, quarantine);

        Assert.False(result.Succeeded);
        Assert.Null(result.ArchivePath);
        Assert.True(Directory.Exists(Path.Combine(_base, "kept")));
    }

    [Fact]
    public void Quarantine_bounds_the_archive()
    {
        using RunnerDirectory runner = _store.Create("many");
        string root = Path.Combine(_base, "many");
        for (int i = 0; i < 20; i++)
        {
            File.WriteAllBytes(Path.Combine(root, "big" + i), new byte[QuarantineLimits.MaxEntryBytes]);
        }

        QuarantineResult result = _store.Quarantine(runner, _temp.Combine("quarantine"));

        Assert.True(result.Succeeded, result.Result.Message);
        long content = ArchiveReader.Read(result.ArchivePath!).Values.Sum(e => (long)e.Length);
        Assert.Equal(QuarantineLimits.MaxContentBytes, content);
        Assert.Equal(4, result.TruncatedEntries);
    }

    private static int RunFlock(string path)
    {
        using var flock = Process.Start(new ProcessStartInfo("flock", ["-n", "-E", "42", path, "true"]) { UseShellExecute = false })!;
        flock.WaitForExit();
        return flock.ExitCode;
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }
}
