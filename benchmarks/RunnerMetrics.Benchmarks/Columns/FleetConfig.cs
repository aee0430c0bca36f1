using BenchmarkDotNet.Configs;

namespace RunnerMetrics.Benchmarks.Columns;

/// <summary>Adds the per-runner columns to a fleet suite.</summary>
public sealed class FleetConfig : ManualConfig
{
    public FleetConfig()
    {
        AddColumn(PerRunnerColumn.RunnersPerSecond);
        AddColumn(PerRunnerColumn.AllocatedPerRunner);
    }
}
