using System;
using System.CommandLine;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>The options <c>extract</c> and <c>watch</c> share, with the charm's paths as defaults.</summary>
internal sealed class ExtractionArguments
{
    private const int MaxParallelism = 64;

    private readonly Option<string> _flavor = new("--flavor")
    {
        Description = "The runner flavor to label events with.",
        Required = true,
    };

    private readonly Option<string> _sharedFileSystem = new("--shared-fs")
    {
        Description = "The directory of runner shared filesystems.",
        DefaultValueFactory = _ => MetricsExtractorOptions.DefaultSharedFileSystemDirectory,
    };

    private readonly Option<string> _quarantine = new("--quarantine")
    {
        Description = "Where corrupt runners are archived.",
        DefaultValueFactory = _ => MetricsExtractorOptions.DefaultQuarantineDirectory,
    };

    private readonly Option<string> _metricsLog = new("--metrics-log")
    {
        Description = "The JSON-lines metrics log to append events to.",
        DefaultValueFactory = _ => MetricsExtractorOptions.DefaultMetricsLog,
    };

    private readonly Option<string[]> _ignore = new("--ignore")
    {
        Description = "A runner that is still running, to leave alone (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _ignoreFile = new("--ignore-file")
    {
        Description = "A file naming the runners still running, one per line, read again before every pass (absent: none).",
    };

    private readonly Option<int> _parallelism = new("--parallelism")
    {
        Description = "How many runners to process at once (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the result as one JSON object on stdout.",
    };

    public void AddTo(Command command)
    {
        command.Add(_flavor);
        command.Add(_sharedFileSystem);
        command.Add(_quarantine);
        command.Add(_metricsLog);
        command.Add(_ignore);
        command.Add(_ignoreFile);
        command.Add(_parallelism);
        command.Add(_json);
    }

    public ExtractionSettings Resolve(ParseResult parseResult)
    {
        string flavor = parseResult.GetRequiredValue(_flavor);
        if (string.IsNullOrWhiteSpace(flavor))
        {
            throw new UsageException("--flavor must not be empty.");
        }

        var options = new MetricsExtractorOptions
        {
            SharedFileSystemDirectory = NonEmpty(parseResult.GetRequiredValue(_sharedFileSystem), "--shared-fs"),
            QuarantineDirectory = NonEmpty(parseResult.GetRequiredValue(_quarantine), "--quarantine"),
            MaxDegreeOfParallelism = InRange(parseResult.GetValue(_parallelism), 1, MaxParallelism, "--parallelism"),
        };
        return new ExtractionSettings(
            flavor,
            options,
            NonEmpty(parseResult.GetRequiredValue(_metricsLog), "--metrics-log"),
            new IgnoreList(parseResult.GetValue(_ignore) ?? [], IgnoreFile(parseResult.GetValue(_ignoreFile))),
            parseResult.GetValue(_json));
    }

    private static string? IgnoreFile(string? value) =>
        value is not null && string.IsNullOrWhiteSpace(value) ? throw new UsageException("--ignore-file must not be empty.") : value;

    private static int InRange(int value, int minimum, int maximum, string option) =>
        value < minimum || value > maximum ? throw new UsageException($"{option} must be between {minimum} and {maximum}.") : value;

    private static string NonEmpty(string value, string option) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{option} must not be empty.") : value;
}
