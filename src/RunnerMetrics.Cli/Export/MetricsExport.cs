using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Cli.Logging;
using RunnerMetrics.Extraction;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// The exporters of one command: the Prometheus endpoint (with <c>/healthz</c>) and the OTLP push, either, both or
/// neither. Told about every pass; disposing closes the listener first, then makes the last push.
/// </summary>
internal sealed class MetricsExport : IAsyncDisposable
{
    private readonly PrometheusEndpoint? _endpoint;
    private readonly OtlpPush? _otlp;
    private readonly PassHealth _health;

    private MetricsExport(PrometheusEndpoint? endpoint, OtlpPush? otlp, PassHealth health)
    {
        _endpoint = endpoint;
        _otlp = otlp;
        _health = health;
    }

    /// <summary>Starts what <paramref name="settings"/> ask for; a listener that can't bind throws <see cref="System.IO.IOException"/>.</summary>
    public static async Task<MetricsExport> StartAsync(ExportSettings settings, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger("runner-metrics");
        var health = new PassHealth();
        var otlp = settings.Otlp is { } target ? new OtlpPush(target, logger) : null;
        PrometheusEndpoint? endpoint = null;
        try
        {
            if (settings.PrometheusListen is { } listen)
            {
                endpoint = await PrometheusEndpoint.StartAsync(listen, health, loggerFactory).ConfigureAwait(false);
                CliLog.Listening(logger, endpoint.Address, PrometheusEndpoint.MetricsPath, PrometheusEndpoint.HealthPath);
            }
        }
        catch
        {
            otlp?.Dispose();
            throw;
        }

        if (otlp is not null)
        {
            CliLog.OtlpPushing(logger, otlp.Description);
        }

        return new MetricsExport(endpoint, otlp, health);
    }

    /// <summary>The pass completed (interrupted ones are not reported): healthy, and pushed.</summary>
    public void PassCompleted(ExtractionResult result)
    {
        _health.Completed(DateTimeOffset.UtcNow, result.Failed);
        Push();
    }

    /// <summary>The pass failed: unhealthy until one completes, and pushed (its failure counter went up).</summary>
    public void PassFailed(string reason)
    {
        _health.Failed(DateTimeOffset.UtcNow, reason);
        Push();
    }

    public async ValueTask DisposeAsync()
    {
        if (_endpoint is not null)
        {
            await _endpoint.DisposeAsync().ConfigureAwait(false);
        }

        _otlp?.Dispose();
    }

    private void Push() => _otlp?.Push();
}
