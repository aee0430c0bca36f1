using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>What the fake API saw of one request.</summary>
internal sealed record RecordedRequest(string Path, string Query, string? Authorization, string? UserAgent, string? Accept, string? ApiVersion);

/// <summary>
/// A fake GitHub REST API on 127.0.0.1 (a real Kestrel server on a free port): it records every request and answers
/// with whatever <see cref="Handler"/> writes.
/// </summary>
internal sealed class FakeGitHubApi : IDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _inFlight;
    private int _maxInFlight;

    public FakeGitHubApi()
    {
        _server = new LoopbackServer(HandleAsync);
        Origin = _server.Address;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Origin { get; }

    /// <summary>Answers a request; the default is 404.</summary>
    public Func<HttpContext, Task> Handler { get; set; } = context =>
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The most requests that were being answered at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public void Dispose()
    {
        _server.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue(new RecordedRequest(
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            request.Headers.Authorization.FirstOrDefault(),
            request.Headers.UserAgent.FirstOrDefault(),
            request.Headers.Accept.FirstOrDefault(),
            request.Headers["X-GitHub-Api-Version"].FirstOrDefault()));
        int inFlight = Interlocked.Increment(ref _inFlight);
        int max;
        while (inFlight > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) != max)
        {
        }

        try
        {
            await Handler(context);
        }
        // The client gave up (a timeout test): nothing to answer.
        catch (OperationCanceledException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
