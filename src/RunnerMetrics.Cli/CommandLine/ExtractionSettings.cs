using Microsoft.Extensions.Logging;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>What an <c>extract</c> or <c>watch</c> command line asked for.</summary>
internal sealed record ExtractionSettings(
    string Flavor,
    MetricsExtractorOptions Options,
    string MetricsLog,
    IgnoreList Ignore,
    bool Json)
{
    /// <summary>An extractor over these settings' directories that appends to their metrics log.</summary>
    public MetricsExtractor CreateExtractor(ILoggerFactory loggerFactory) =>
        new(Options, new MetricsLogSink(MetricsLog), loggerFactory.CreateLogger<MetricsExtractor>());
}
