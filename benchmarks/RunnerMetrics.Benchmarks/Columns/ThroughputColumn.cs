using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using RunnerMetrics.Benchmarks.Documents;

namespace RunnerMetrics.Benchmarks.Columns;

/// <summary>Input bytes per second (10^6 bytes = 1 MB) from the mean time and the suite's <see cref="PayloadAttribute"/>.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input document bytes processed per second, in 10^6 bytes (from Mean)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var payload = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<PayloadAttribute>()
            ?? benchmarkCase.Descriptor.Type.GetCustomAttribute<PayloadAttribute>();
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (payload is null || meanNs is not > 0)
        {
            return "-";
        }

        double bytes = SampleDocuments.Get(payload.Document).Length;
        return (bytes / meanNs.Value * 1e3).ToString("N1", CultureInfo.InvariantCulture); // bytes/ns = GB/s; ×1000 = MB/s
    }
}
