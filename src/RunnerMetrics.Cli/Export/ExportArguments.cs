using System;
using System.CommandLine;
using RunnerMetrics.Cli.CommandLine;

namespace RunnerMetrics.Cli.Export;

/// <summary><c>--prometheus-listen</c> (watch) and <c>--otlp-endpoint</c> (extract and watch).</summary>
internal sealed class ExportArguments(bool listen)
{
    private readonly Option<string> _prometheusListen = new("--prometheus-listen")
    {
        Description = "Serve GET /metrics (Prometheus text format) and GET /healthz on HOST:PORT, e.g. 127.0.0.1:9464 (port 0: any free port, logged).",
    };

    private readonly Option<string> _otlpEndpoint = new("--otlp-endpoint")
    {
        Description = "Push metrics over OTLP/HTTP protobuf to URL/v1/metrics (an OpenTelemetry Collector's base URL) after every pass. " +
            "Without it, OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_METRICS_ENDPOINT) turns the push on.",
    };

    public void AddTo(Command command)
    {
        if (listen)
        {
            command.Add(_prometheusListen);
        }

        command.Add(_otlpEndpoint);
    }

    public ExportSettings Resolve(ParseResult parseResult)
    {
        string? address = listen ? parseResult.GetValue(_prometheusListen) : null;
        return new ExportSettings(
            address is null ? null : ListenAddress.Parse(address),
            OtlpTarget.Resolve(OtlpEndpoint(parseResult.GetValue(_otlpEndpoint))));
    }

    // Credentials go in OTEL_EXPORTER_OTLP_HEADERS, never in a URL that ps shows.
    private static Uri? OtlpEndpoint(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            throw new UsageException($"--otlp-endpoint must be an absolute http or https URL without query or credentials (e.g. http://collector:4318), not '{value}'.");
        }

        return url;
    }
}
