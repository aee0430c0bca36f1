using System.Globalization;
using System.IO;

namespace RunnerMetrics.Tests.Cli;

/// <summary>Valid runners for the process tests; each runner's workflow is its name, so events can be traced back.</summary>
internal static class CliFleet
{
    public static void AddValidRunners(string baseDirectory, int count)
    {
        for (int i = 0; i < count; i++)
        {
            string name = RunnerName(i);
            string directory = Directory.CreateDirectory(Path.Combine(baseDirectory, name)).FullName;
            string start = (1000 + i).ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(directory, "runner-installed.timestamp"), "1000\n");
            File.WriteAllText(
                Path.Combine(directory, "pre-job-metrics.json"),
                $$"""{"timestamp": {{start}}, "workflow": "{{name}}", "workflow_run_id": "1", "repository": "o/r", "event": "push"}""");
            File.WriteAllText(Path.Combine(directory, "post-job-metrics.json"), $$"""{"timestamp": {{start}}, "status": "normal"}""");
        }
    }

    public static string RunnerName(int index) => $"runner-{index:D5}";
}
