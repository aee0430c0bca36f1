using System;
using System.Threading.Tasks;
using RunnerMetrics.Events;

namespace RunnerMetrics.Tests.Sinks;

public sealed class InMemoryMetricsSinkTests
{
    [Fact]
    public void Lines_become_visible_on_flush()
    {
        var sink = new InMemoryMetricsSink();
        sink.Append("{\"n\":1}"u8);
        Assert.Empty(sink.Lines);
        Assert.Equal(["{\"n\":1}"], sink.PendingLines);

        sink.Flush();

        Assert.Equal(["{\"n\":1}"], sink.Lines);
        Assert.Empty(sink.PendingLines);
        Assert.Equal(1, sink.FlushCount);
    }

    [Fact]
    public void A_failing_flush_drops_the_batch()
    {
        var sink = new InMemoryMetricsSink { FailFlush = true };
        sink.Append("{}"u8);

        Assert.Throws<MetricsSinkException>(sink.Flush);
        Assert.Empty(sink.Lines);
        Assert.Empty(sink.PendingLines);

        sink.FailFlush = false;
        sink.Append("{\"n\":2}"u8);
        sink.Flush();
        Assert.Equal(["{\"n\":2}"], sink.Lines);
    }

    [Fact]
    public void Is_thread_safe()
    {
        var sink = new InMemoryMetricsSink();
        Parallel.For(0, 1000, i =>
        {
            sink.Append("{}"u8);
            if (i % 10 == 0)
            {
                sink.Flush();
            }
        });
        sink.Flush();

        Assert.Equal(1000, sink.Lines.Count);
    }

    [Fact]
    public void Rejects_line_breaks() =>
        Assert.Throws<ArgumentException>(() => new InMemoryMetricsSink().Append("{}\n"u8));
}
