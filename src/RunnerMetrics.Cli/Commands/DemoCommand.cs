using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Cli.Demo;
using RunnerMetrics.Cli.Logging;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.GitHub;

namespace RunnerMetrics.Cli.Commands;

/// <summary><c>runner-metrics demo</c>: builds a sample fleet in a temp folder, extracts it and explains what happened.</summary>
internal static class DemoCommand
{
    private const int MaxValidRunners = 100_000;

    public static Command Create()
    {
        var runners = new Option<int>("--runners")
        {
            Description = "How many valid runners to add to the fixed set of partial, corrupt and hostile ones.",
            DefaultValueFactory = _ => 8,
        };
        runners.Validators.Add(result =>
        {
            int value = result.GetValueOrDefault<int>();
            if (value is < 0 or > MaxValidRunners)
            {
                result.AddError($"--runners must be between 0 and {MaxValidRunners}.");
            }
        });

        var command = new Command("demo", "Build a sample fleet (valid, partial, corrupt and hostile runners) in a temp folder, extract it, and show what happened.")
        {
            runners,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(runners)));
        return command;
    }

    private static int Run(int validRunners)
    {
        string root = Path.Combine(Path.GetTempPath(), $"runner-metrics-demo-{Guid.NewGuid():N}"[..28]);
        var fleet = DemoFleet.Create(root, validRunners);
        var options = new MetricsExtractorOptions { SharedFileSystemDirectory = fleet.SharedFileSystem, QuarantineDirectory = fleet.Quarantine };

        ExtractionResult result;
        var stopwatch = Stopwatch.StartNew();
        // The fields from GitHub, shown without a token: a fake jobs API on loopback answers for the demo's runs.
        using var github = new DemoGitHubApi(fleet.Jobs);
        // Warnings only: the report below tells the whole story; the warnings show what an operator would see.
        using (var loggerFactory = CliLogging.Create(LogLevel.Warning))
        {
            using var lookup = new GitHubJobLookup(
                new GitHubEnrichmentOptions { ApiUrl = github.Url, Token = "demo-token-not-a-secret" },
                loggerFactory.CreateLogger<GitHubJobLookup>());
            var extractor = new MetricsExtractor(options, new MetricsLogSink(fleet.MetricsLog), loggerFactory.CreateLogger<MetricsExtractor>(), lookup);
            result = extractor.Extract("demo", new System.Collections.Generic.HashSet<string>());
            stopwatch.Stop();
        }

        Console.Error.Flush();
        DemoReport.Write(Console.Out, fleet, result, stopwatch.Elapsed);
        Console.Out.WriteLine(
            $"queue_duration and job_conclusion came from a fake GitHub API on {github.Url} ({github.Requests} requests, one per workflow run); " +
            "with a real fleet, pass --github-token-file FILE.");
        return ExitCodes.Success;
    }
}
