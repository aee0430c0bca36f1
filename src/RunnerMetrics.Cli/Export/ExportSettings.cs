using System.Net;

namespace RunnerMetrics.Cli.Export;

/// <summary>Which exporters a command runs: a Prometheus endpoint (<c>watch</c> only), an OTLP push, both or neither.</summary>
internal sealed record ExportSettings(IPEndPoint? PrometheusListen, OtlpTarget? Otlp);
