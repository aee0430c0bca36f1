using System.Collections.Generic;
using System.Runtime.Versioning;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Benchmarks.Extraction;

/// <summary>
/// Extracting a whole fleet, rebuilt before every iteration (<c>[IterationSetup]</c>, one invocation per
/// iteration, so each measurement is one full pass over fresh runners). The syscall floor is the baseline:
/// the Ratio column is how far each extractor is from it. Subclasses choose the filesystem and sizes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FleetConfig))]
[InvocationCount(1)]
[SupportedOSPlatform("linux")]
public abstract class FleetExtractionBenchmarks
{
    private static readonly IReadOnlySet<string> NoIgnoredRunners = new HashSet<string>();

    private Fleet _fleet = null!;
    private MetricsExtractor _extractor = null!;
    private MetricsExtractor _twoWorkers = null!;

    /// <summary>The runners in the fleet.</summary>
    public abstract int Runners { get; set; }

    /// <summary>Where the fleet lives: the filesystem under test.</summary>
    protected abstract string FleetParent { get; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _fleet = Fleet.Create(FleetParent);
        var options = new MetricsExtractorOptions
        {
            SharedFileSystemDirectory = _fleet.RunnersDirectory,
            QuarantineDirectory = _fleet.QuarantineDirectory,
        };
        _extractor = new MetricsExtractor(options, new MetricsLogSink(_fleet.MetricsLog));
        _twoWorkers = new MetricsExtractor(options with { MaxDegreeOfParallelism = 2 }, new MetricsLogSink(_fleet.MetricsLog));
    }

    [IterationSetup]
    public void BuildFleet() => _fleet.Build(Runners);

    [IterationCleanup]
    public void CheckFleet() => _fleet.AssertConsumed();

    [GlobalCleanup]
    public void GlobalCleanup() => _fleet.Dispose();

    [Benchmark(Baseline = true)]
    public long SyscallFloor() => Extraction.SyscallFloor.Run(_fleet.RunnerPathsUtf8);

    [Benchmark]
    public double Naive() => NaiveExtraction.Run(_fleet.RunnersDirectory);

    /// <summary>The real extractor, appending events to a metrics log on the same filesystem (fsynced per batch).</summary>
    [Benchmark]
    public int Extractor() => _extractor.Extract("small", NoIgnoredRunners).Removed;

    /// <summary>The same with two workers (both cores); the floor stays single-threaded.</summary>
    [Benchmark]
    public int ExtractorTwoWorkers() => _twoWorkers.Extract("small", NoIgnoredRunners).Removed;
}
