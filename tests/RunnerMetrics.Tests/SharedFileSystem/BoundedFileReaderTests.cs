using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;
using RunnerMetrics.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.SharedFileSystem;

public sealed class BoundedFileReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SharedFileSystemStore _store;
    private readonly RunnerDirectory _runner;

    public BoundedFileReaderTests()
    {
        _store = SharedFileSystemStore.Open(_temp.Path);
        _runner = _store.Create("runner-1");
    }

    private string RunnerPath(string name) => _temp.Combine("runner-1", name);

    private BoundedReadResult Read(string name, byte[] buffer) => _runner.ReadFile(Encoding.UTF8.GetBytes(name), buffer);

    [Fact]
    public void Reads_a_small_regular_file()
    {
        File.WriteAllText(RunnerPath(RunnerFiles.InstalledTimestamp), "1700000000\n");
        byte[] buffer = new byte[RunnerFiles.ReadBufferSize];

        BoundedReadResult result = _runner.ReadFile(RunnerFiles.InstalledTimestampUtf8, buffer);

        Assert.Equal(BoundedReadResult.Ok(11), result);
        Assert.Equal("1700000000\n", Encoding.UTF8.GetString(buffer, 0, result.Length));
    }

    [Fact]
    public void Reports_a_missing_file() =>
        Assert.Equal(BoundedReadStatus.Missing, Read(RunnerFiles.PreJobMetrics, new byte[RunnerFiles.ReadBufferSize]).Status);

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/dev/zero")]
    [InlineData("/nonexistent-target")]
    public void Never_follows_a_symbolic_link(string target)
    {
        File.CreateSymbolicLink(RunnerPath(RunnerFiles.PreJobMetrics), target);
        BoundedReadResult result = Read(RunnerFiles.PreJobMetrics, new byte[RunnerFiles.ReadBufferSize]);
        Assert.Equal(BoundedReadStatus.NotRegularFile, result.Status);
        Assert.True(result.IsHostile);
    }

    [Fact]
    public async Task A_fifo_without_writer_does_not_block()
    {
        TestLibc.CreateFifo(RunnerPath(RunnerFiles.PostJobMetrics));
        Task<BoundedReadResult> read = Task.Run(() => Read(RunnerFiles.PostJobMetrics, new byte[RunnerFiles.ReadBufferSize]));
        Assert.Same(read, await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal(BoundedReadStatus.NotRegularFile, (await read).Status);
    }

    [Fact]
    public void A_directory_in_place_of_a_file_is_not_regular()
    {
        Directory.CreateDirectory(RunnerPath(RunnerFiles.PreJobMetrics));
        Assert.Equal(BoundedReadStatus.NotRegularFile, Read(RunnerFiles.PreJobMetrics, new byte[RunnerFiles.ReadBufferSize]).Status);
    }

    [Fact]
    public void A_hard_link_is_rejected()
    {
        string outside = _temp.Combine("host-secret");
        File.WriteAllText(outside, "secret");
        TestLibc.CreateHardLink(RunnerPath(RunnerFiles.PreJobMetrics), outside);
        Assert.Equal(BoundedReadStatus.MultipleLinks, Read(RunnerFiles.PreJobMetrics, new byte[RunnerFiles.ReadBufferSize]).Status);
    }

    [Fact]
    public void A_sparse_10_GiB_file_is_too_large_without_being_read()
    {
        using (var file = new FileStream(RunnerPath(RunnerFiles.PreJobMetrics), FileMode.CreateNew))
        {
            file.SetLength(10L * 1024 * 1024 * 1024);
        }

        Assert.Equal(BoundedReadStatus.TooLarge, Read(RunnerFiles.PreJobMetrics, new byte[RunnerFiles.ReadBufferSize]).Status);
    }

    [Theory]
    [InlineData(RunnerFiles.MaxFileSize, BoundedReadStatus.Ok)]
    [InlineData(RunnerFiles.MaxFileSize + 1, BoundedReadStatus.TooLarge)]
    [InlineData(0, BoundedReadStatus.Ok)]
    public void The_limit_is_inclusive(int size, BoundedReadStatus expected)
    {
        File.WriteAllBytes(RunnerPath(RunnerFiles.PreJobMetrics), new byte[size]);
        BoundedReadResult result = Read(RunnerFiles.PreJobMetrics, new byte[RunnerFiles.ReadBufferSize]);
        Assert.Equal(expected, result.Status);
        Assert.Equal(expected == BoundedReadStatus.Ok ? size : 0, result.Length);
    }

    [Fact]
    public void Content_beyond_the_size_reported_by_statx_is_caught_by_the_read_cap()
    {
        // /proc files report size 0 yet hold more: exactly the "grew after the size check" case.
        string process = "/proc/" + Environment.ProcessId;
        Assert.True(File.ReadAllBytes(process + "/maps").Length > RunnerFiles.ReadBufferSize);
        using SafeFileHandle procDirectory = OpenDirectory(process);

        BoundedReadResult result = BoundedFileReader.Read(procDirectory, "maps"u8, new byte[RunnerFiles.ReadBufferSize]);

        Assert.Equal(BoundedReadStatus.TooLarge, result.Status);
    }

    [Fact]
    public void Names_that_are_not_utf8_are_read()
    {
        byte[] name = [0xFF, 0xFE, (byte)'x'];
        TestLibc.CreateFile(TestLibc.RawPath(_temp.Combine("runner-1"), name), "42"u8);
        BoundedReadResult result = _runner.ReadFile(name, new byte[RunnerFiles.ReadBufferSize]);
        Assert.Equal(BoundedReadResult.Ok(2), result);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    public void Paths_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => Read(name, new byte[RunnerFiles.ReadBufferSize]));

    [Fact]
    public void A_buffer_without_room_for_the_extra_byte_is_refused() =>
        Assert.Throws<ArgumentException>(() => Read(RunnerFiles.PreJobMetrics, new byte[RunnerFiles.MaxFileSize]));

    [Fact]
    public void A_bounded_read_allocates_nothing()
    {
        File.WriteAllText(RunnerPath(RunnerFiles.PreJobMetrics), "{\"timestamp\": 1}");
        File.CreateSymbolicLink(RunnerPath(RunnerFiles.PostJobMetrics), "/etc/passwd");
        Span<byte> buffer = stackalloc byte[RunnerFiles.ReadBufferSize];
        _runner.ReadFile(RunnerFiles.PreJobMetricsUtf8, buffer);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Assert.True(_runner.ReadFile(RunnerFiles.PreJobMetricsUtf8, buffer).IsOk);
            Assert.True(_runner.ReadFile(RunnerFiles.PostJobMetricsUtf8, buffer).IsHostile);
            Assert.False(_runner.ReadFile(RunnerFiles.InstalledTimestampUtf8, buffer).IsOk);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static SafeFileHandle OpenDirectory(string path)
    {
        using SharedFileSystemStore store = SharedFileSystemStore.Open(Path.GetDirectoryName(path)!);
        RunnerDirectory directory = store.TryOpen(Path.GetFileName(path)) ?? throw new IOException(path);
        return directory.Handle;
    }

    public void Dispose()
    {
        _runner.Dispose();
        _store.Dispose();
        _temp.Dispose();
    }
}
