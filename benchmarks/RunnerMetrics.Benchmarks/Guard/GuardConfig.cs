using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace RunnerMetrics.Benchmarks.Guard;

/// <summary>
/// A short, in-process run for CI: no child process or build per benchmark (InProcessEmitToolchain), a
/// fixed small number of 100 ms iterations, so six cases take well under a minute on 2 busy cores. Only
/// the cases the guard judges are run.
/// </summary>
internal static class GuardConfig
{
    public static IConfig Create(string artifactsPath) => ManualConfig.CreateEmpty()
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithId("guard"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddLogger(ConsoleLogger.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddFilter(new NameFilter(name => GuardChecks.Cases.Contains(name)))
        .WithArtifactsPath(artifactsPath)
        .WithOptions(ConfigOptions.DisableLogFile);
}
