using System;

namespace RunnerMetrics.Parsing.Tests.Support;

/// <summary>Measures what an action allocates on the calling thread once it is warmed up (JIT, pools, caches).</summary>
internal static class Allocations
{
    private const int WarmUpRuns = 200;
    private const int MeasuredRuns = 100;

    /// <summary>The bytes allocated per run, averaged over the measured runs, after warm-up.</summary>
    public static long PerRun(Action action)
    {
        for (int i = 0; i < WarmUpRuns; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < MeasuredRuns; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / MeasuredRuns;
    }
}
