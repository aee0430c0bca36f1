using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.Versioning;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.GitHub;

namespace RunnerMetrics.Benchmarks.GitHub;

/// <summary>
/// <c>github [runners] [latency-ms]</c>: whole extraction passes over a fleet on tmpfs, enriched from a loopback fake
/// with a fixed latency per request: one request per runner versus per-run sharing, serial versus 8 at once.
/// Wall-clock with a Stopwatch, not BenchmarkDotNet: a serial pass takes about a minute.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class GitHubLookupBenchmark
{
    public static int Run(string[] args)
    {
        int runners = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var latency = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50);
        using var api = new LatencyGitHubApi(latency);
        Console.WriteLine($"{runners} runners, {latency.TotalMilliseconds} ms per request, fleet on /dev/shm");
        Console.WriteLine();
        Console.WriteLine("| lookup | runners per run | requests | pass time | enriched |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (concurrency, perRun) in new[] { (1, 1), (8, 1), (1, 10), (8, 10) })
        {
            api.PerRun = perRun;
            // A warm-up pass (connections, JIT) on a small fleet, then the measured one.
            Pass(api, Math.Min(runners, 2 * perRun * concurrency), concurrency, perRun);
            api.TakeRequestCount();
            var (elapsed, enriched) = Pass(api, runners, concurrency, perRun);
            Console.WriteLine($"| {(concurrency == 1 ? "serial" : $"{concurrency} at once")} | {perRun} | {api.TakeRequestCount()} | {elapsed.TotalSeconds:0.00} s | {enriched} |");
        }

        return 0;
    }

    private static (TimeSpan Elapsed, int Enriched) Pass(LatencyGitHubApi api, int runners, int concurrency, int perRun)
    {
        string root = Path.Combine("/dev/shm", "runner-metrics-github-bench-" + Guid.NewGuid().ToString("N")[..12]);
        string fleet = Path.Combine(root, "runner-fs");
        try
        {
            for (int i = 0; i < runners; i++)
            {
                string runner = Path.Combine(fleet, LatencyGitHubApi.RunnerName(i));
                Directory.CreateDirectory(runner);
                File.WriteAllText(Path.Combine(runner, "runner-installed.timestamp"), "1700000000");
                File.WriteAllText(
                    Path.Combine(runner, "pre-job-metrics.json"),
                    $$"""{"timestamp": 1700000100, "workflow": "Build", "workflow_run_id": "{{LatencyGitHubApi.RunId(i, perRun)}}", "repository": "canonical/fleet", "event": "push"}""");
                File.WriteAllText(Path.Combine(runner, "post-job-metrics.json"), """{"timestamp": 1700000400, "status": "normal"}""");
            }

            using var lookup = new GitHubJobLookup(new GitHubEnrichmentOptions
            {
                ApiUrl = api.Origin,
                Token = "bench",
                MaxConcurrentLookups = concurrency,
                PassBudget = TimeSpan.FromMinutes(10),
            });
            var sink = new InMemoryMetricsSink();
            var extractor = new MetricsExtractor(
                new MetricsExtractorOptions { SharedFileSystemDirectory = fleet, QuarantineDirectory = Path.Combine(root, "q") }, sink, null, lookup);
            var stopwatch = Stopwatch.StartNew();
            extractor.Extract("bench", new HashSet<string>());
            stopwatch.Stop();
            int enriched = 0;
            foreach (string line in sink.Lines)
            {
                enriched += line.Contains("\"queue_duration\":42", StringComparison.Ordinal) ? 1 : 0;
            }

            return (stopwatch.Elapsed, enriched);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
