using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// <c>GET /metrics</c> (the OpenTelemetry Prometheus exporter over the RunnerMetrics meter) and <c>GET /healthz</c>
/// (<see cref="PassHealth"/>) on Kestrel, bound to one address. Nothing else is served.
/// </summary>
internal sealed class PrometheusEndpoint : IAsyncDisposable
{
    public const string MetricsPath = "/metrics";
    public const string HealthPath = "/healthz";

    private readonly MeterProvider _provider;
    private readonly WebApplication _app;

    private PrometheusEndpoint(MeterProvider provider, WebApplication app, Uri address)
    {
        _provider = provider;
        _app = app;
        Address = address;
    }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:9464/</c> (the real port when 0 was asked for).</summary>
    public Uri Address { get; }

    /// <summary>Binds and starts serving; throws <see cref="System.IO.IOException"/> when the address can't be bound.</summary>
    public static async Task<PrometheusEndpoint> StartAsync(IPEndPoint listen, PassHealth health, ILoggerFactory loggerFactory)
    {
        var provider = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ExportResource.Create())
            .AddMeter(RunnerMetricsInstruments.MeterName)
            .AddPrometheusExporter(options =>
            {
                // Every scrape sees the latest pass (a scrape costs a dozen series), and series carry only our labels.
                options.ScrapeResponseCacheDurationMilliseconds = 0;
                options.ScopeInfoEnabled = false;
            })
            .Build();
        try
        {
            var app = Build(listen, provider, health, loggerFactory);
            await app.StartAsync().ConfigureAwait(false);
            string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new PrometheusEndpoint(provider, app, new Uri(bound + "/"));
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>Stops listening (the port is free when this returns) and lets go of the meter.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _provider.Dispose();
    }

    // The empty builder: no configuration sources (ASPNETCORE_URLS can't move the listener), no hosting log lines,
    // no routing or reflection-based handlers; trimming- and AOT-friendly.
    private static WebApplication Build(IPEndPoint listen, MeterProvider provider, PassHealth health, ILoggerFactory loggerFactory)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggerFactory);
        // The watch loop owns SIGINT/SIGTERM; the default console lifetime would take them too.
        builder.Services.AddSingleton<IHostLifetime, CommandHostLifetime>();
        // A scrape still open at shutdown gets a few seconds, not the default 30: the port must be free soon.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = 64;
            kestrel.Listen(listen);
        });
        var app = builder.Build();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            provider,
            context => context.Request.Path == MetricsPath,
            path: null,
            configureBranchedPipeline: null,
            optionsName: null);
        app.Run(context => context.Request.Path == HealthPath ? HealthResponse.WriteAsync(context, health) : NotFound(context));
        return app;
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
