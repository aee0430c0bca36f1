using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// An OpenTelemetry meter provider that pushes the RunnerMetrics meter over OTLP when told to (after every pass) and
/// once more when disposed. Failed pushes are logged with their reason (<see cref="OtlpErrorLog"/>); the next push
/// carries the totals again.
/// </summary>
internal sealed class OtlpPush : IDisposable
{
    private readonly MeterProvider _provider;
    private readonly OtlpErrorLog _errors;

    public OtlpPush(OtlpTarget target, ILogger logger)
    {
        _errors = new OtlpErrorLog(logger);
        bool intervalFromEnvironment = OtlpTarget.IsSet(OtlpTarget.ExportIntervalVariable);
        _provider = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ExportResource.Create())
            .AddMeter(RunnerMetricsInstruments.MeterName)
            .AddOtlpExporter((exporter, reader) =>
            {
                // Pushed after every pass, when there is something new; a timer would only repeat the same values.
                if (!intervalFromEnvironment)
                {
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = Timeout.Infinite;
                }

                // The SDK has read the OTEL_EXPORTER_OTLP_* variables by now; the flag and our defaults go on top.
                if (target.MetricsUrl is { } url)
                {
                    exporter.Endpoint = url;
                    exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                    return;
                }

                // AddOtlpExporter reads only the signal-neutral variables; the metrics ones win, as the spec says.
                if (OtlpTarget.MetricsEndpointFromEnvironment() is { } metricsUrl)
                {
                    exporter.Endpoint = metricsUrl;
                }

                exporter.Protocol = OtlpTarget.ProtocolFromEnvironment() ?? OtlpExportProtocol.HttpProtobuf;
            })
            .Build();
        Description = target.Describe();
    }

    /// <summary>Where the push goes, for log lines.</summary>
    public string Description { get; }

    /// <summary>Exports what the instruments hold now; a failure is logged, not thrown.</summary>
    public void Push() => _provider.ForceFlush();

    /// <summary>Makes the last push (shutting the provider down exports once more) and stops logging its errors.</summary>
    public void Dispose()
    {
        _provider.Dispose();
        _errors.Dispose();
    }
}
