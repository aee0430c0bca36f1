using System;
using OpenTelemetry.Resources;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// Who is reporting: <c>service.name</c> runner-metrics, its version, and the host name as <c>service.instance.id</c>, so a
/// collector tells the hosts of a fleet apart (its Prometheus exporter makes them the <c>job</c> and <c>instance</c>
/// labels). <c>OTEL_SERVICE_NAME</c> and <c>OTEL_RESOURCE_ATTRIBUTES</c> override them.
/// </summary>
internal static class ExportResource
{
    public const string ServiceName = "runner-metrics";

    public static ResourceBuilder Create() => ResourceBuilder.CreateEmpty()
        .AddService(ServiceName, serviceVersion: typeof(ExportResource).Assembly.GetName().Version?.ToString(3), serviceInstanceId: Environment.MachineName)
        .AddTelemetrySdk()
        // Last, so the standard variables win over the defaults above.
        .AddEnvironmentVariableDetector();
}
