using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace RunnerMetrics.Cli.Demo;

/// <summary>
/// A tiny stand-in for GitHub's jobs API on 127.0.0.1, so the demo shows <c>queue_duration</c> and <c>job_conclusion</c>
/// without a token. It answers <c>…/actions/runs/{id}/jobs</c> with the demo runner's job of that run.
/// </summary>
internal sealed class DemoGitHubApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<long, DemoJob> _jobs;
    private readonly Task _serving;
    private int _requests;

    public DemoGitHubApi(IReadOnlyDictionary<long, DemoJob> jobs)
    {
        _jobs = jobs;
        // HttpListener takes no port 0: borrow a free port from the kernel first.
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }

        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            // Closed by Dispose.
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            using var response = context.Response;
            byte[] body = Encoding.UTF8.GetBytes(Body(context.Request.Url?.AbsolutePath ?? string.Empty, out int status));
            response.StatusCode = status;
            response.ContentType = "application/json";
            response.ContentLength64 = body.Length;
            response.Headers["x-ratelimit-limit"] = "5000";
            response.Headers["x-ratelimit-remaining"] = "4999";
            await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        }
    }

    private string Body(string path, out int status)
    {
        // /repos/canonical/demo/actions/runs/{id}/jobs
        string[] segments = path.Split('/');
        if (segments.Length < 3 || !long.TryParse(segments[^2], NumberStyles.None, CultureInfo.InvariantCulture, out long run)
            || !_jobs.TryGetValue(run, out var job))
        {
            status = 404;
            return """{"message": "Not Found"}""";
        }

        status = 200;
        string conclusion = job.Conclusion is null ? "null" : $"\"{job.Conclusion}\"";
        string jobStatus = job.Conclusion is null ? "in_progress" : "completed";
        string created = job.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string started = job.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $$"""
            {"total_count": 1, "jobs": [{"id": {{run}}, "run_id": {{run}}, "run_attempt": 1, "status": "{{jobStatus}}", "conclusion": {{conclusion}},
              "created_at": "{{created}}", "started_at": "{{started}}", "name": "build", "steps": [], "labels": ["self-hosted"],
              "runner_name": "{{job.Runner}}"}]}
            """;
    }
}

/// <summary>The job the demo's fake API reports for a runner's workflow run.</summary>
internal sealed record DemoJob(string Runner, DateTimeOffset CreatedAt, DateTimeOffset StartedAt, string? Conclusion);
