using BenchmarkDotNet.Configs;

namespace RunnerMetrics.Benchmarks.Columns;

/// <summary>Adds the MB/s column to a parse or write suite (suites declare <c>[MemoryDiagnoser]</c> themselves).</summary>
public sealed class ParseConfig : ManualConfig
{
    public ParseConfig() => AddColumn(new ThroughputColumn());
}
