using System;
using System.CommandLine;
using System.IO;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Cli.CommandLine;
using RunnerMetrics.Cli.Logging;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.Commands;

/// <summary><c>runner-metrics watch</c>: a pass every interval until SIGINT or SIGTERM.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var arguments = new ExtractionArguments();
        var interval = new Option<TimeSpan>("--interval")
        {
            Description = "Time between passes: 30s, 5m, 1h, 500ms, or seconds.",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(30),
            CustomParser = DurationParser.ParseOption,
        };

        var command = new Command("watch", "Run an extraction pass every interval until SIGINT or SIGTERM, which end it after the current runner.");
        arguments.AddTo(command);
        command.Add(interval);
        command.SetAction(parseResult => Run(arguments.Resolve(parseResult), parseResult.GetValue(interval)));
        return command;
    }

    private static int Run(ExtractionSettings settings, TimeSpan interval)
    {
        using var shutdown = new ShutdownSignal();
        using var loggerFactory = CliLogging.Create(LogLevel.Information);
        var logger = loggerFactory.CreateLogger("runner-metrics");
        // One extractor for the whole watch; a failed flush holds nothing, its runners are read again next pass.
        using var jobLookup = settings.CreateJobLookup(loggerFactory);
        var extractor = settings.CreateExtractor(loggerFactory, jobLookup);
        while (!shutdown.Token.IsCancellationRequested)
        {
            try
            {
                // Re-read every pass: the runner manager changes it as runners start and finish.
                var result = extractor.Extract(settings.Flavor, settings.Ignore.Read(), shutdown.Token);
                if (settings.Json)
                {
                    ResultOutput.Write(result, json: true);
                }
            }
            // A watcher outlives transient trouble (a full disk, a missing mount, an unreadable ignore file): the runners wait.
            catch (Exception exception) when (exception is MetricsExtractionException or IOException or UnauthorizedAccessException)
            {
                CliLog.PassFailed(logger, exception.Message, interval);
            }

            shutdown.Token.WaitHandle.WaitOne(interval);
        }

        CliLog.Stopping(logger);
        return ExitCodes.Success;
    }
}
