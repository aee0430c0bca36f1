using System;
using System.Text.Json;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>Prints a pass's result on stdout: one JSON object (<c>--json</c>) or one sentence.</summary>
internal static class ResultOutput
{
    public static void Write(ExtractionResult result, bool json)
    {
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout))
            {
                result.WriteTo(writer);
            }

            stdout.Write("\n"u8);
            return;
        }

        Console.Out.WriteLine(Describe(result));
    }

    public static string Describe(ExtractionResult result) =>
        $"Issued {result.Issued.RunnerStart} runner_start and {result.Issued.RunnerStop} runner_stop events; " +
        $"{result.Quarantined} runners quarantined, {result.Removed} removed, {result.Ignored} ignored.";
}
