using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using RunnerMetrics.Cli.CommandLine;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.Demo;

/// <summary>Explains a demo pass: each runner's fate, the result, a few event lines and the quarantine archives.</summary>
internal static class DemoReport
{
    // Enough to show a runner_stop (with job_conclusion) after the partial runners' starts.
    private const int EventLinesShown = 4;

    public static void Write(TextWriter output, DemoFleet fleet, ExtractionResult result, TimeSpan elapsed)
    {
        string[] lines = File.Exists(fleet.MetricsLog) ? File.ReadAllLines(fleet.MetricsLog) : [];
        var eventsByWorkflow = CountEventsByWorkflow(lines);

        output.WriteLine($"runner-metrics demo: a fleet of {fleet.Runners.Count} runners in {fleet.SharedFileSystem}");
        output.WriteLine();
        output.WriteLine($"  {"RUNNER",-30} {"KIND",-8} {"HOLDS",-62} OUTCOME");
        foreach (var runner in fleet.Runners)
        {
            string outcome = Outcome(fleet, runner, eventsByWorkflow.GetValueOrDefault(runner.Name));
            output.WriteLine($"  {runner.Name,-30} {runner.Category,-8} {runner.Holds,-62} {outcome}");
        }

        output.WriteLine();
        output.WriteLine($"Extraction took {elapsed.TotalMilliseconds:F1} ms. {ResultOutput.Describe(result)}");
        output.WriteLine();
        output.WriteLine($"Metrics log {fleet.MetricsLog} ({lines.Length} lines); the first {Math.Min(EventLinesShown, lines.Length)}:");
        foreach (string line in lines.Take(EventLinesShown))
        {
            output.WriteLine($"  {line}");
        }

        output.WriteLine();
        WriteQuarantine(output, fleet);
        output.WriteLine();
        output.WriteLine($"Everything is kept in {fleet.Root}; remove it with: rm -rf '{fleet.Root}'");
    }

    private static void WriteQuarantine(TextWriter output, DemoFleet fleet)
    {
        string[] archives = Directory.Exists(fleet.Quarantine) ? Directory.GetFiles(fleet.Quarantine, "*.tar.gz") : [];
        Array.Sort(archives, StringComparer.Ordinal);
        output.WriteLine($"Quarantine {fleet.Quarantine} ({archives.Length} archives):");
        byte[] hostSecret = File.ReadAllBytes(fleet.HostFile);
        bool leaked = false;
        foreach (string archive in archives)
        {
            output.WriteLine($"  {Path.GetFileName(archive)} ({new FileInfo(archive).Length:N0} bytes)");
            var members = DemoArchiveListing.Members(archive, out bool containsSecret, hostSecret);
            foreach (string member in members)
            {
                output.WriteLine($"    {member}");
            }

            leaked |= containsSecret;
        }

        output.WriteLine(leaked
            ? $"WARNING: the content of {fleet.HostFile} reached an archive."
            : $"The host file the hostile runners point at ({fleet.HostFile}) reached no archive.");
    }

    private static string Outcome(DemoFleet fleet, DemoRunner runner, int events)
    {
        if (File.Exists(Path.Combine(fleet.Quarantine, runner.Name + ".tar.gz")))
        {
            return "quarantined";
        }

        if (Directory.Exists(Path.Combine(fleet.SharedFileSystem, runner.Name)))
        {
            return "left in place";
        }

        return events == 0 ? "removed, no events" : $"{events} event{(events == 1 ? "" : "s")}, removed";
    }

    private static Dictionary<string, int> CountEventsByWorkflow(string[] lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("workflow", out var workflow) && workflow.GetString() is { } name)
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        return counts;
    }
}
