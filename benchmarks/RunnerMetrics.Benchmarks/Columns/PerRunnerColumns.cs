using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RunnerMetrics.Benchmarks.Columns;

/// <summary>
/// Columns for fleet benchmarks, where one operation processes the whole fleet: runners per second (from
/// the median) and bytes allocated per runner. The fleet size is the <c>Runners</c> parameter.
/// </summary>
public sealed class PerRunnerColumn : IColumn
{
    public static readonly IColumn RunnersPerSecond = new PerRunnerColumn(isThroughput: true);

    public static readonly IColumn AllocatedPerRunner = new PerRunnerColumn(isThroughput: false);

    private readonly bool _isThroughput;

    private PerRunnerColumn(bool isThroughput) => _isThroughput = isThroughput;

    public string Id => _isThroughput ? "RunnersPerSecond" : "AllocatedPerRunner";

    public string ColumnName => _isThroughput ? "Runners/s" : "B/runner";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _isThroughput ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _isThroughput
        ? "Runner directories extracted per second (Runners / Median)"
        : "Bytes allocated per runner (Allocated / Runners)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null || benchmarkCase.Parameters["Runners"] is not int runners || runners <= 0)
        {
            return "-";
        }

        if (_isThroughput)
        {
            double? medianNs = report.ResultStatistics?.Median;
            return medianNs is > 0 ? (runners / (medianNs.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture) : "-";
        }

        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is null ? "-" : ((double)allocated.Value / runners).ToString("N0", CultureInfo.InvariantCulture);
    }
}
