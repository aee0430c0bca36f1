using System;
using OpenTelemetry.Exporter;
using RunnerMetrics.Cli.CommandLine;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// Where OTLP goes: <c>--otlp-endpoint URL</c> (a collector's base URL, pushed to <c>URL/v1/metrics</c> over HTTP/protobuf),
/// or, without it, the standard <c>OTEL_EXPORTER_OTLP_*</c> environment variables, read by the OpenTelemetry SDK.
/// </summary>
internal sealed record OtlpTarget(Uri? BaseUrl)
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string MetricsEndpointVariable = "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT";
    public const string ProtocolVariable = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public const string MetricsProtocolVariable = "OTEL_EXPORTER_OTLP_METRICS_PROTOCOL";
    public const string ExportIntervalVariable = "OTEL_METRIC_EXPORT_INTERVAL";

    /// <summary>The metrics URL of <see cref="BaseUrl"/>, as the SDK derives it from <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri? MetricsUrl => BaseUrl is null ? null : new Uri(BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/v1/metrics");

    /// <summary>Where the push goes, for the log: the URL, or which variable names it.</summary>
    public string Describe() =>
        MetricsUrl?.ToString()
        ?? MetricsEndpointFromEnvironment()?.ToString()
        ?? $"{Environment.GetEnvironmentVariable(EndpointVariable)} ({EndpointVariable}, {(ProtocolFromEnvironment() ?? OtlpExportProtocol.HttpProtobuf) switch { OtlpExportProtocol.Grpc => "gRPC", _ => "HTTP/protobuf to /v1/metrics" }})";

    /// <summary>The flag's target, else one from the environment when it names an endpoint, else none (no OTLP).</summary>
    public static OtlpTarget? Resolve(Uri? flag)
    {
        if (flag is not null)
        {
            return new OtlpTarget(flag);
        }

        // A set but malformed variable would have the SDK push to its default (localhost) instead: a usage error.
        foreach (string variable in (ReadOnlySpan<string>)[EndpointVariable, MetricsEndpointVariable])
        {
            if (IsSet(variable) && !IsHttpUrl(Environment.GetEnvironmentVariable(variable)))
            {
                throw new UsageException($"{variable} must be an absolute http or https URL (e.g. http://collector:4318).");
            }
        }

        return IsSet(EndpointVariable) || IsSet(MetricsEndpointVariable) ? new OtlpTarget(BaseUrl: null) : null;
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary><c>OTEL_EXPORTER_OTLP_METRICS_ENDPOINT</c>: the full metrics URL, used as it is.</summary>
    public static Uri? MetricsEndpointFromEnvironment() =>
        Uri.TryCreate(Environment.GetEnvironmentVariable(MetricsEndpointVariable), UriKind.Absolute, out var url) ? url : null;

    /// <summary>
    /// The protocol <c>OTEL_EXPORTER_OTLP_METRICS_PROTOCOL</c> or <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> name, or null for the
    /// default here, HTTP/protobuf (the SDK's own default is gRPC).
    /// </summary>
    public static OtlpExportProtocol? ProtocolFromEnvironment() =>
        Protocol(Environment.GetEnvironmentVariable(MetricsProtocolVariable)) ?? Protocol(Environment.GetEnvironmentVariable(ProtocolVariable));

    private static OtlpExportProtocol? Protocol(string? name) => name?.Trim() switch
    {
        "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => null,
    };

    public static bool IsSet(string variable) => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable));
}
