using RunnerMetrics.Cli.CommandLine;

return CliApplication.Run(args);
