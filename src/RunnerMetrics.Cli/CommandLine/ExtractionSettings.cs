using Microsoft.Extensions.Logging;
using RunnerMetrics.Events;
using RunnerMetrics.Cli.Logging;
using RunnerMetrics.Extraction;
using RunnerMetrics.GitHub;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>What an <c>extract</c> or <c>watch</c> command line asked for.</summary>
internal sealed record ExtractionSettings(
    string Flavor,
    MetricsExtractorOptions Options,
    string MetricsLog,
    IgnoreList Ignore,
    bool Json)
{
    /// <summary>GitHub enrichment, when a token file was given.</summary>
    public GitHubEnrichmentOptions? GitHub { get; init; }

    /// <summary>The token file is readable or writable by group or others.</summary>
    public bool GitHubTokenFileShared { get; init; }

    /// <summary>The GitHub job lookup, when enrichment is on; one per process, so rate-limit pauses hold across passes.</summary>
    public GitHubJobLookup? CreateJobLookup(ILoggerFactory loggerFactory)
    {
        if (GitHub is null)
        {
            return null;
        }

        if (GitHubTokenFileShared)
        {
            CliLog.TokenFileShared(loggerFactory.CreateLogger("runner-metrics"));
        }

        return new GitHubJobLookup(GitHub, loggerFactory.CreateLogger<GitHubJobLookup>());
    }

    /// <summary>An extractor over these settings' directories that appends to their metrics log.</summary>
    public MetricsExtractor CreateExtractor(ILoggerFactory loggerFactory, GitHubJobLookup? jobLookup) =>
        new(Options, new MetricsLogSink(MetricsLog), loggerFactory.CreateLogger<MetricsExtractor>(), jobLookup);
}
