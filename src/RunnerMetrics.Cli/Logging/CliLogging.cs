using Microsoft.Extensions.Logging;

namespace RunnerMetrics.Cli.Logging;

/// <summary>The tool's logging: one line per message, all of it on stderr so stdout stays machine-readable.</summary>
internal static class CliLogging
{
    public static ILoggerFactory Create(LogLevel minimumLevel) =>
        LoggerFactory.Create(builder => builder
            .SetMinimumLevel(minimumLevel)
            // Kestrel's own information lines (connections, requests) are noise for a metrics endpoint.
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                options.UseUtcTimestamp = true;
            })
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
}
