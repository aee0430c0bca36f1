using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Export;

/// <summary>One OTLP request as the receiver got it.</summary>
internal sealed record OtlpRequest(string Method, string Path, string? ContentType, byte[] Body);

/// <summary>
/// A stand-in OpenTelemetry Collector on 127.0.0.1 (Kestrel, a free port): records every request and answers 200 with
/// an empty <c>ExportMetricsServiceResponse</c>, as a collector does.
/// </summary>
internal sealed class OtlpReceiver : IDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<OtlpRequest> _requests = new();
    private readonly SemaphoreSlim _received = new(0);

    public OtlpReceiver()
    {
        _server = new LoopbackServer(HandleAsync);
        BaseUrl = _server.Address;
    }

    /// <summary><c>http://127.0.0.1:PORT</c>: what <c>--otlp-endpoint</c> and <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> take.</summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<OtlpRequest> Requests => [.. _requests];

    /// <summary>Waits until <paramref name="count"/> requests arrived in all (the timeout guards against a hang).</summary>
    public IReadOnlyList<OtlpRequest> WaitFor(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_requests.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_received.Wait(left))
            {
                throw new TimeoutException($"{_requests.Count} OTLP requests arrived, not {count}");
            }
        }

        return Requests;
    }

    public void Dispose()
    {
        _server.Dispose();
        _received.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        _requests.Enqueue(new OtlpRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.ContentType, body.ToArray()));
        _received.Release();
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/x-protobuf";
    }
}
