using System;
using System.CommandLine;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Cli.CommandLine;
using RunnerMetrics.Cli.Export;
using RunnerMetrics.Cli.Logging;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.Commands;

/// <summary><c>runner-metrics extract</c>: one pass over the shared filesystems.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var arguments = new ExtractionArguments();
        var export = new ExportArguments(listen: false);
        var command = new Command("extract", "Run one extraction pass: deliver finished runners' events, remove and quarantine runners.");
        arguments.AddTo(command);
        export.AddTo(command);
        command.SetAction(parseResult => Run(arguments.Resolve(parseResult), export.Resolve(parseResult)));
        return command;
    }

    private static int Run(ExtractionSettings settings, ExportSettings exportSettings)
    {
        using var shutdown = new ShutdownSignal();
        // Read before anything is touched: an unreadable list must not let a running runner be taken.
        var ignored = settings.Ignore.Read();
        ExtractionResult result;
        MetricsExtractionException? failure = null;
        // The logger factory is disposed (its queue flushed) before anything else is printed.
        using (var loggerFactory = CliLogging.Create(LogLevel.Information))
        {
            using var jobLookup = settings.CreateJobLookup(loggerFactory);
            var extractor = settings.CreateExtractor(loggerFactory, jobLookup);
            var export = MetricsExport.StartAsync(exportSettings, loggerFactory).GetAwaiter().GetResult();
            try
            {
                result = extractor.Extract(settings.Flavor, ignored, shutdown.Token);
            }
            catch (MetricsExtractionException exception)
            {
                failure = exception;
                result = exception.PartialResult;
            }
            finally
            {
                // One push, of this pass, whatever its outcome (--otlp-endpoint or OTEL_EXPORTER_OTLP_ENDPOINT).
                export.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        ResultOutput.Write(result, settings.Json);
        if (failure is not null)
        {
            Console.Error.WriteLine($"runner-metrics: {failure.Message} ({result.Left} runners left in place for the next pass)");
            return ExitCodes.Failure;
        }

        if (result.Interrupted == true)
        {
            Console.Error.WriteLine($"runner-metrics: interrupted by {shutdown.Name}; {result.Left} runners left for the next pass");
            return shutdown.ExitCode;
        }

        if (result.Failed > 0)
        {
            Console.Error.WriteLine($"runner-metrics: the pass completed but left {result.Failed} runners it could not read, quarantine or remove (see the errors above)");
            return ExitCodes.RunnersLeft;
        }

        return ExitCodes.Success;
    }
}
