using System.Collections.Generic;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>What an <c>extract</c> or <c>watch</c> command line asked for.</summary>
internal sealed record ExtractionSettings(
    string Flavor,
    MetricsExtractorOptions Options,
    string MetricsLog,
    HashSet<string> IgnoreRunners,
    bool Json);
