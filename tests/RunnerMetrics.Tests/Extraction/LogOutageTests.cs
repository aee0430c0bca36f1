using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.Support;
using Xunit.Abstractions;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Runs alone: it measures the process's retained memory.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>
/// Contract rule 10 through a long log outage, as <c>watch</c> lives it: one sink, pass after failing pass on a
/// full device, then the log comes back. Memory stays flat and each runner is written exactly once.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class LogOutageTests(ITestOutputHelper output) : ExtractionTestBase
{
    private const int Runners = 500;
    private const int FailingPasses = 60;

    [Fact]
    public void Passes_on_a_full_device_keep_memory_flat_and_recovery_writes_each_runner_once()
    {
        Fleet.FullRunners(Runners);
        string log = Temp.Combine("metrics.log");
        File.CreateSymbolicLink(log, "/dev/full");
        var extractor = Extractor(new MetricsLogSink(log));
        var ignore = new HashSet<string>();
        var allocated = new long[FailingPasses];
        long retainedEarly = 0;

        for (int pass = 0; pass < FailingPasses; pass++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var failure = Assert.Throws<MetricsExtractionException>(() => extractor.Extract(Flavor, ignore));
            allocated[pass] = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(Runners, failure.PartialResult.Left);
            if (pass == 9)
            {
                retainedEarly = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        long retainedLate = GC.GetTotalMemory(forceFullCollection: true);
        double early = allocated.Skip(5).Take(10).Average();
        double late = allocated.Skip(FailingPasses - 10).Average();
        output.WriteLine($"retained after pass 10: {retainedEarly} B, after pass {FailingPasses}: {retainedLate} B; allocated per pass {early:F0} B early, {late:F0} B late");
        // Kept batches would retain ~100 KB per pass here (5 MB over 50 passes).
        Assert.InRange(retainedLate - retainedEarly, long.MinValue, 1024 * 1024);
        Assert.InRange(late, 0, early * 1.25);
        Assert.Equal(Runners, Directory.GetDirectories(Fleet.BaseDirectory).Length);

        File.Delete(log);
        Assert.Equal(new ExtractionResult(new IssuedEvents(Runners, Runners), 0, Runners, 0), extractor.Extract(Flavor, ignore));

        var read = MetricsLogReader.Read(log);
        Assert.Equal(0, read.InvalidLines);
        Assert.Equal(2 * Runners, read.Events.Count);
        Assert.Equal(Runners, read.StartedRepositories().Distinct().Count());
    }
}
