using System;
using System.CommandLine;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Cli.CommandLine;
using RunnerMetrics.Cli.Logging;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.Commands;

/// <summary><c>runner-metrics extract</c>: one pass over the shared filesystems.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var arguments = new ExtractionArguments();
        var command = new Command("extract", "Run one extraction pass: deliver finished runners' events, remove and quarantine runners.");
        arguments.AddTo(command);
        command.SetAction(parseResult => Run(arguments.Resolve(parseResult)));
        return command;
    }

    private static int Run(ExtractionSettings settings)
    {
        using var shutdown = new ShutdownSignal();
        ExtractionResult result;
        MetricsExtractionException? failure = null;
        // The logger factory is disposed (its queue flushed) before anything else is printed.
        using (var loggerFactory = CliLogging.Create(LogLevel.Information))
        {
            var extractor = settings.CreateExtractor(loggerFactory);
            try
            {
                result = extractor.Extract(settings.Flavor, settings.IgnoreRunners, shutdown.Token);
            }
            catch (MetricsExtractionException exception)
            {
                failure = exception;
                result = exception.PartialResult;
            }
        }

        ResultOutput.Write(result, settings.Json);
        if (failure is not null)
        {
            Console.Error.WriteLine($"runner-metrics: {failure.Message}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }
}
