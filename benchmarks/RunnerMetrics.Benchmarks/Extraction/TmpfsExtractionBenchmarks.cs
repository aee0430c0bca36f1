using BenchmarkDotNet.Attributes;

namespace RunnerMetrics.Benchmarks.Extraction;

/// <summary>
/// Fleets on tmpfs (<c>/dev/shm</c>): no block device, so the numbers show the code, not the disk
/// (this machine's ext4 discards blocks on every unlink, see <see cref="DiskExtractionBenchmarks"/>).
/// </summary>
[WarmupCount(2)]
[IterationCount(10)]
public class TmpfsExtractionBenchmarks : FleetExtractionBenchmarks
{
    [Params(1_000, 10_000)]
    public override int Runners { get; set; }

    protected override string FleetParent => "/dev/shm";
}
