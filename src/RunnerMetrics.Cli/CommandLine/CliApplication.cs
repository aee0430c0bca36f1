using System;
using System.CommandLine;
using System.IO;
using RunnerMetrics.Cli.Commands;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>Parses the command line and runs the chosen command, mapping every outcome to an exit code.</summary>
internal static class CliApplication
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Extracts job metrics from the shared filesystems of self-hosted GitHub Actions runners.")
        {
            ExtractCommand.Create(),
            WatchCommand.Create(),
            DemoCommand.Create(),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                Console.Error.WriteLine($"runner-metrics: {error.Message}");
            }

            Console.Error.WriteLine("Try 'runner-metrics --help'.");
            return ExitCodes.Usage;
        }

        // The commands handle SIGINT/SIGTERM themselves, so they can finish the current runner.
        var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        try
        {
            return parseResult.Invoke(invocation);
        }
        catch (UsageException exception)
        {
            Console.Error.WriteLine($"runner-metrics: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"runner-metrics: {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}
