using System;
using System.CommandLine;
using System.IO;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Cli.CommandLine;
using RunnerMetrics.Cli.Export;
using RunnerMetrics.Cli.Logging;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.Commands;

/// <summary><c>runner-metrics watch</c>: a pass every interval until SIGINT or SIGTERM.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var arguments = new ExtractionArguments();
        var export = new ExportArguments(listen: true);
        var interval = new Option<TimeSpan>("--interval")
        {
            Description = "Time between passes: 30s, 5m, 1h, 500ms, or seconds.",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(30),
            CustomParser = DurationParser.ParseOption,
        };

        var command = new Command("watch", "Run an extraction pass every interval until SIGINT or SIGTERM, which end it after the current runner.");
        arguments.AddTo(command);
        command.Add(interval);
        export.AddTo(command);
        command.SetAction(parseResult => Run(arguments.Resolve(parseResult), parseResult.GetValue(interval), export.Resolve(parseResult)));
        return command;
    }

    private static int Run(ExtractionSettings settings, TimeSpan interval, ExportSettings exportSettings)
    {
        using var shutdown = new ShutdownSignal();
        using var loggerFactory = CliLogging.Create(LogLevel.Information);
        var logger = loggerFactory.CreateLogger("runner-metrics");
        // One extractor for the whole watch; a failed flush holds nothing, its runners are read again next pass.
        using var jobLookup = settings.CreateJobLookup(loggerFactory);
        var extractor = settings.CreateExtractor(loggerFactory, jobLookup);
        // Serving before the first pass, so /healthz says "starting" rather than refusing connections.
        var export = MetricsExport.StartAsync(exportSettings, loggerFactory).GetAwaiter().GetResult();
        try
        {
            while (!shutdown.Token.IsCancellationRequested)
            {
                Pass(settings, extractor, export, logger, interval, shutdown);
                shutdown.Token.WaitHandle.WaitOne(interval);
            }

            CliLog.Stopping(logger);
        }
        finally
        {
            // The listener closes, then the last push goes out.
            export.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return ExitCodes.Success;
    }

    private static void Pass(ExtractionSettings settings, MetricsExtractor extractor, MetricsExport export, ILogger logger, TimeSpan interval, ShutdownSignal shutdown)
    {
        try
        {
            // Re-read every pass: the runner manager changes it as runners start and finish.
            var result = extractor.Extract(settings.Flavor, settings.Ignore.Read(), shutdown.Token);
            if (result.Interrupted != true)
            {
                export.PassCompleted(result);
            }

            // After the export, so whoever reads this line finds /healthz and the collector up to date.
            if (settings.Json)
            {
                ResultOutput.Write(result, json: true);
            }
        }
        // A watcher outlives transient trouble (a full disk, a missing mount, an unreadable ignore file): the runners wait.
        catch (Exception exception) when (exception is MetricsExtractionException or IOException or UnauthorizedAccessException)
        {
            export.PassFailed(exception.Message);
            CliLog.PassFailed(logger, exception.Message, interval);
        }
    }
}
