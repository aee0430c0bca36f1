using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;
using RunnerMetrics.Benchmarks.Parsing;

namespace RunnerMetrics.Benchmarks.Guard;

/// <summary>
/// What the CI guard judges, from one run's summary. Timing is judged only as a ratio of medians within
/// the same run (the machine is shared and noisy; absolute numbers mean little). Allocation is exact.
/// </summary>
internal static class GuardChecks
{
    /// <summary>The benchmark methods the guard runs (in <see cref="PreJobParseBenchmarks"/> and <see cref="RejectionBenchmarks"/>).</summary>
    public static readonly HashSet<string> Cases = ["StjSourceGen", "GeneratedPlain", "GeneratedInterned", "Generated", "ReaderLoop"];

    /// <summary>Prints every ratio and check; returns the failed checks' descriptions.</summary>
    public static List<string> Evaluate(Summary[] summaries)
    {
        var failures = new List<string>();
        var parse = Find(summaries, nameof(PreJobParseBenchmarks), failures);
        var reject = Find(summaries, nameof(RejectionBenchmarks), failures);
        var lateReject = Find(summaries, nameof(LateRejectionBenchmarks), failures);
        var webhook = Find(summaries, nameof(WebhookParseBenchmarks), failures);
        if (failures.Count > 0)
        {
            return failures;
        }

        CheckZeroAllocation("parse, interned", parse["GeneratedInterned"], failures);
        CheckZeroAllocation("rejection, interned", reject["GeneratedInterned"], failures);
        CheckZeroAllocation("rejection, plain", reject["GeneratedPlain"], failures);
        CheckZeroAllocation("late rejection, interned", lateReject["GeneratedInterned"], failures);
        CheckZeroAllocation("late rejection, plain", lateReject["GeneratedPlain"], failures);
        CheckFaster("parse, interned", parse["GeneratedInterned"], parse["StjSourceGen"], failures);
        CheckFaster("parse, plain", parse["GeneratedPlain"], parse["StjSourceGen"], failures);
        CheckFaster("rejection, interned", reject["GeneratedInterned"], reject["StjSourceGen"], failures);
        CheckFaster("rejection, plain", reject["GeneratedPlain"], reject["StjSourceGen"], failures);
        CheckFaster("late rejection, plain", lateReject["GeneratedPlain"], lateReject["StjSourceGen"], failures);
        CheckFaster("webhook (10 KB)", webhook["Generated"], webhook["StjSourceGen"], failures);

        // Informational: the DESIGN targets (≥1.5×, ≥1.15×, ≥10× STJ; ≤1.5× the reader loop) are reported, not
        // enforced: on two shared cores a short run can't tell 1.4× from 1.6× reliably, but it can tell "slower".
        Console.WriteLine(Line("info", "parse, interned vs reader loop", parse["GeneratedInterned"], parse["ReaderLoop"], "target ≤ 1.50"));
        Console.WriteLine(Line("info", "webhook vs STJ source-gen", webhook["Generated"], webhook["StjSourceGen"], "target ≤ 0.67"));
        Console.WriteLine(Line("info", "webhook vs reader loop", webhook["Generated"], webhook["ReaderLoop"], "target ≤ 2.00"));
        return failures;
    }

    private static Dictionary<string, Measured> Find(Summary[] summaries, string type, List<string> failures)
    {
        var found = new Dictionary<string, Measured>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => r.BenchmarkCase.Descriptor.Type.Name == type))
        {
            string method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            double? median = report.ResultStatistics?.Median;
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            if (!report.Success || median is null || allocated is null)
            {
                failures.Add($"{type}.{method}: no result (the benchmark failed to run)");
                continue;
            }

            found[method] = new Measured($"{type}.{method}", median.Value, allocated.Value);
        }

        return found;
    }

    private static void CheckZeroAllocation(string name, Measured generated, List<string> failures)
    {
        bool ok = generated.AllocatedBytes == 0;
        Console.WriteLine(FormattableString.Invariant($"{(ok ? "ok  " : "FAIL"),-5} {name,-40} allocated {generated.AllocatedBytes} B/op (must be 0)"));
        if (!ok)
        {
            failures.Add(FormattableString.Invariant($"{name}: allocates {generated.AllocatedBytes} B/op"));
        }
    }

    private static void CheckFaster(string name, Measured generated, Measured baseline, List<string> failures)
    {
        double ratio = generated.MedianNs / baseline.MedianNs;
        bool ok = ratio < 1.0;
        Console.WriteLine(Line(ok ? "ok" : "FAIL", name + " vs STJ source-gen", generated, baseline, "must be < 1.00"));
        if (!ok)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {ratio:F2}× the STJ source-gen time (must be < 1.00)"));
        }
    }

    private static string Line(string verdict, string name, Measured generated, Measured baseline, string rule) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{verdict,-5} {name,-40} ratio {generated.MedianNs / baseline.MedianNs:F2} ({rule}; medians {generated.MedianNs:F1} ns vs {baseline.MedianNs:F1} ns, speed-up {baseline.MedianNs / generated.MedianNs:F2}×)");

    private readonly record struct Measured(string Name, double MedianNs, long AllocatedBytes);
}
