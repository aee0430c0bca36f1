using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RunnerMetrics.Benchmarks.GitHub;

/// <summary>
/// A fake GitHub jobs API on loopback that answers every request after a fixed latency: run <c>R</c> lists the jobs of
/// runners <c>(R − 1000) × perRun</c> … <c>+ perRun − 1</c>, with skipped members as GitHub sends them.
/// </summary>
internal sealed class LatencyGitHubApi : IDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    public LatencyGitHubApi(TimeSpan latency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(async context =>
        {
            Interlocked.Increment(ref _requests);
            await Task.Delay(latency, context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Jobs(context.Request.Path.Value!), context.RequestAborted).ConfigureAwait(false);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        Origin = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");
    }

    public Uri Origin { get; }

    /// <summary>Runners per workflow run (a matrix's size).</summary>
    public int PerRun { get; set; } = 1;

    public int TakeRequestCount() => Interlocked.Exchange(ref _requests, 0);

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    public static string RunnerName(int index) => $"runner-{index:D5}";

    public static long RunId(int runnerIndex, int perRun) => 1000 + (runnerIndex / perRun);

    private string Jobs(string path)
    {
        // /repos/o/r/actions/runs/{id}/jobs
        string[] segments = path.Split('/');
        long run = long.Parse(segments[^2], CultureInfo.InvariantCulture);
        int first = (int)(run - 1000) * PerRun;
        var body = new StringBuilder("{\"total_count\":").Append(PerRun).Append(",\"jobs\":[");
        for (int i = 0; i < PerRun; i++)
        {
            body.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""
                {"id":{{first + i}},"run_id":{{run}},"run_attempt":1,"node_id":"CR_kwDO","head_sha":"abc","status":"completed","conclusion":"success",
                 "created_at":"2026-01-01T00:00:00Z","started_at":"2026-01-01T00:00:42Z","completed_at":"2026-01-01T00:05:00Z","name":"build",
                 "steps":[{"name":"Set up job","status":"completed","conclusion":"success","number":1}],"labels":["self-hosted"],
                 "runner_id":7,"runner_name":"{{RunnerName(first + i)}}","runner_group_id":1,"runner_group_name":"Default"}
                """);
        }

        return body.Append("]}").ToString();
    }
}
