using System;
using System.Collections.Generic;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.Support;
using Xunit.Abstractions;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Performance target: a small, flat allocation per runner, measured as the increment from 200 to 400 runners.</summary>
public sealed class AllocationTests(ITestOutputHelper output) : ExtractionTestBase
{
    private const long BoundPerRunner = 2048;

    [Fact]
    public void Extraction_allocates_a_small_flat_amount_per_runner()
    {
        Measure(BuildFleet("warm-up", 50)); // JIT, statics, logging setup

        long small = Measure(BuildFleet("small", 200));
        long large = Measure(BuildFleet("large", 400));

        long perRunner = (large - small) / 200;
        output.WriteLine($"InMemoryMetricsSink: 200 runners: {small} B, 400 runners: {large} B, {perRunner} B per runner");
        Assert.InRange(perRunner, 1, BoundPerRunner);
        // Flat: the fixed part (what 200 runners cost beyond 200 increments) is bounded too.
        Assert.InRange(small - (200 * perRunner), -200 * 256, 256 * 1024);
    }

    [Fact]
    public void Without_the_sink_s_own_strings_the_extractor_allocates_less_per_runner()
    {
        MeasureWithCountingSink(BuildFleet("warm-up", 50));

        long small = MeasureWithCountingSink(BuildFleet("small", 200));
        long large = MeasureWithCountingSink(BuildFleet("large", 400));

        long perRunner = (large - small) / 200;
        output.WriteLine($"Counting sink: 200 runners: {small} B, 400 runners: {large} B, {perRunner} B per runner");
        Assert.InRange(perRunner, 1, BoundPerRunner / 2);
    }

    private long MeasureWithCountingSink(string baseDirectory)
    {
        var sink = new CountingSink();
        var extractor = new MetricsExtractor(
            new MetricsExtractorOptions { SharedFileSystemDirectory = baseDirectory, QuarantineDirectory = QuarantineDirectory },
            sink);
        var ignore = new HashSet<string>();

        long before = GC.GetAllocatedBytesForCurrentThread();
        ExtractionResult result = extractor.Extract(Flavor, ignore);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(2 * result.Removed, sink.Lines);
        return allocated;
    }

    private string BuildFleet(string name, int runners)
    {
        var fleet = new FleetBuilder(Temp.CreateSubdirectory(name));
        for (int i = 0; i < runners; i++)
        {
            fleet.Full("runner-" + i);
        }

        return fleet.BaseDirectory;
    }

    private long Measure(string baseDirectory)
    {
        var sink = new InMemoryMetricsSink();
        var extractor = new MetricsExtractor(
            new MetricsExtractorOptions { SharedFileSystemDirectory = baseDirectory, QuarantineDirectory = QuarantineDirectory },
            sink);
        var ignore = new HashSet<string>();

        long before = GC.GetAllocatedBytesForCurrentThread();
        ExtractionResult result = extractor.Extract(Flavor, ignore);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(result.Removed, result.Issued.RunnerStop);
        Assert.Equal(2 * result.Removed, sink.Lines.Count);
        return allocated;
    }

    /// <summary>A sink that keeps nothing, so only the extractor's allocations are measured.</summary>
    private sealed class CountingSink : IMetricsSink
    {
        private int _pending;

        public int Lines { get; private set; }

        public void Append(ReadOnlySpan<byte> utf8JsonLine) => _pending++;

        public void Flush()
        {
            Lines += _pending;
            _pending = 0;
        }
    }
}
