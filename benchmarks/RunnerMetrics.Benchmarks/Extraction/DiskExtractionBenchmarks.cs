using System.IO;
using BenchmarkDotNet.Attributes;

namespace RunnerMetrics.Benchmarks.Extraction;

/// <summary>
/// One fleet size on the ext4 disk (the system temp folder), to confirm the ~1,000 runners/s cap that
/// discarding blocks on unlink puts on any code. Few iterations: each takes about a second.
/// </summary>
[WarmupCount(1)]
[IterationCount(5)]
public class DiskExtractionBenchmarks : FleetExtractionBenchmarks
{
    [Params(1_000)]
    public override int Runners { get; set; }

    protected override string FleetParent => Path.GetTempPath();
}
