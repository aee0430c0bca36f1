using System;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>An option value that parsed but makes no sense; reported in one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
