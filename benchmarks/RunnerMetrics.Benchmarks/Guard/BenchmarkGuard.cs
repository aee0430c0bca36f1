using System;
using System.IO;
using BenchmarkDotNet.Running;
using RunnerMetrics.Benchmarks.Parsing;

namespace RunnerMetrics.Benchmarks.Guard;

/// <summary>
/// <c>guard</c> mode, run by CI after the tests: a short in-process run of the parse, rejection (early and
/// late) and webhook cases,
/// failing when the generated parser allocates on the interned or error path or is slower than
/// System.Text.Json source-gen. A failed timing check is retried once (allocation is exact, timing is
/// not): only a regression that shows twice fails the build.
/// </summary>
internal static class BenchmarkGuard
{
    private const int Attempts = 2;

    public static int Run(string[] args)
    {
        string artifacts = args.Length > 0 ? args[0] : Path.Combine(Directory.GetCurrentDirectory(), "artifacts", "benchmarks", "guard");
        for (int attempt = 1; attempt <= Attempts; attempt++)
        {
            Console.WriteLine($"benchmark guard: attempt {attempt} of {Attempts}");
            var summaries = BenchmarkRunner.Run(
                [typeof(PreJobParseBenchmarks), typeof(RejectionBenchmarks), typeof(LateRejectionBenchmarks), typeof(WebhookParseBenchmarks)],
                GuardConfig.Create(artifacts));
            Console.WriteLine();
            var failures = GuardChecks.Evaluate(summaries);
            if (failures.Count == 0)
            {
                Console.WriteLine("benchmark guard: passed");
                return 0;
            }

            foreach (string failure in failures)
            {
                Console.WriteLine($"benchmark guard: {failure}");
            }
        }

        Console.WriteLine("benchmark guard: FAILED (twice in a row)");
        return 1;
    }
}
