using System;
using System.IO;
using System.Text;
using RunnerMetrics.Events;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Sinks;

public sealed class MetricsLogSinkTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Appends_lines_on_flush_only()
    {
        string log = _temp.Combine("metrics.log");
        var sink = new MetricsLogSink(log);

        sink.Append("{\"event\":\"runner_start\"}"u8);
        sink.Append("{\"event\":\"runner_stop\"}"u8);
        Assert.False(File.Exists(log));
        sink.Flush();
        sink.Append("{\"n\":3}"u8);
        sink.Flush();
        sink.Flush();

        Assert.Equal("{\"event\":\"runner_start\"}\n{\"event\":\"runner_stop\"}\n{\"n\":3}\n", File.ReadAllText(log));
    }

    [Fact]
    public void Keeps_existing_content_and_reopens_after_a_logrotate_rename()
    {
        string log = _temp.Combine("metrics.log");
        File.WriteAllText(log, "old\n");
        var sink = new MetricsLogSink(log);
        sink.Append("{\"n\":1}"u8);
        sink.Flush();

        File.Move(log, log + ".1");
        sink.Append("{\"n\":2}"u8);
        sink.Flush();

        Assert.Equal("old\n{\"n\":1}\n", File.ReadAllText(log + ".1"));
        Assert.Equal("{\"n\":2}\n", File.ReadAllText(log));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            File.GetUnixFileMode(log) & ~UnixFileMode.GroupWrite & ~UnixFileMode.OtherWrite);
    }

    [Fact]
    public void A_log_path_that_is_a_directory_fails_clearly()
    {
        string log = _temp.CreateSubdirectory("metrics.log");
        var sink = new MetricsLogSink(log);
        sink.Append("{}"u8);

        MetricsSinkException error = Assert.Throws<MetricsSinkException>(sink.Flush);

        Assert.Equal(21, error.Errno); // EISDIR
        Assert.Contains(log, error.Message, StringComparison.Ordinal);
        Assert.Contains("Is a directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_directory_fails_and_drops_the_batch()
    {
        string directory = _temp.Combine("missing");
        string log = Path.Combine(directory, "metrics.log");
        var sink = new MetricsLogSink(log);
        sink.Append("{\"n\":1}"u8);

        MetricsSinkException error = Assert.Throws<MetricsSinkException>(sink.Flush);
        Assert.Equal(2, error.Errno); // ENOENT
        Assert.Contains(log, error.Message, StringComparison.Ordinal);

        // The caller appends the lines again (its runners stay on disk); the sink holds nothing.
        Directory.CreateDirectory(directory);
        sink.Flush();
        Assert.False(File.Exists(log));
        sink.Append("{\"n\":2}"u8);
        sink.Flush();
        Assert.Equal("{\"n\":2}\n", File.ReadAllText(log));
    }

    [Theory]
    [InlineData("{\"event\":\"runner_st")]
    [InlineData("x")]
    public void A_log_left_without_a_final_newline_gets_one_before_the_batch(string tornTail)
    {
        // Another process (or a crash) left a fragment; this sink instance never wrote to the log.
        string log = _temp.Combine("metrics.log");
        File.WriteAllText(log, "{\"n\":1}\n" + tornTail);
        var sink = new MetricsLogSink(log);

        sink.Append("{\"n\":2}"u8);
        sink.Flush();

        Assert.Equal(["{\"n\":1}", tornTail, "{\"n\":2}"], File.ReadAllLines(log));
    }

    [Fact]
    public void A_log_that_ends_in_a_newline_gets_no_blank_line()
    {
        string log = _temp.Combine("metrics.log");
        File.WriteAllText(log, "{\"n\":1}\n");
        var sink = new MetricsLogSink(log);

        sink.Append("{\"n\":2}"u8);
        sink.Flush();

        Assert.Equal("{\"n\":1}\n{\"n\":2}\n", File.ReadAllText(log));
    }

    [Fact]
    public void A_full_device_fails_every_flush_and_the_sink_holds_nothing_afterwards()
    {
        string log = _temp.Combine("metrics.log");
        File.CreateSymbolicLink(log, "/dev/full");
        var sink = new MetricsLogSink(log);
        for (int i = 0; i < 3; i++)
        {
            sink.Append("{\"n\":1}"u8);
            MetricsSinkException error = Assert.Throws<MetricsSinkException>(sink.Flush);
            Assert.Equal(28, error.Errno); // ENOSPC
        }

        // The log comes back: only what is appended from now on is written, once.
        File.Delete(log);
        sink.Append("{\"n\":2}"u8);
        sink.Flush();
        Assert.Equal("{\"n\":2}\n", File.ReadAllText(log));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}\n{}")]
    [InlineData("{}\r")]
    public void Lines_must_be_single_lines(string line)
    {
        var sink = new MetricsLogSink(_temp.Combine("metrics.log"));
        Assert.Throws<ArgumentException>(() => sink.Append(Encoding.UTF8.GetBytes(line)));
    }

    public void Dispose() => _temp.Dispose();
}
