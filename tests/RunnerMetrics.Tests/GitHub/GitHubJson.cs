using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>GitHub jobs-API bodies, with the members enrichment skips, and helpers to answer with them.</summary>
internal static class GitHubJson
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A job of a run; <paramref name="queueSeconds"/> after <see cref="CreatedAt"/> it started.</summary>
    public static string Job(
        string? runner, double queueSeconds = 90.5, string status = "completed", string? conclusion = "success", int attempt = 1, long id = 1)
    {
        string started = (CreatedAt + TimeSpan.FromSeconds(queueSeconds)).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        string runnerName = runner is null ? "null" : $"\"{runner}\"";
        string conclusionValue = conclusion is null ? "null" : $"\"{conclusion}\"";
        return $$"""
            {"id": {{id}}, "run_id": 4242, "run_attempt": {{attempt}}, "node_id": "CR_kwDO", "head_sha": "abc", "url": "https://x/jobs/{{id}}",
             "status": "{{status}}", "conclusion": {{conclusionValue}}, "created_at": "2026-01-01T00:00:00Z", "started_at": "{{started}}",
             "completed_at": null, "name": "build ({{id}})", "steps": [{"name": "Set up job", "status": "completed", "number": 1}],
             "labels": ["self-hosted", "linux"], "runner_id": 7, "runner_name": {{runnerName}}, "runner_group_id": 1, "runner_group_name": "Default"}
            """;
    }

    public static string Page(params string[] jobs) => $$"""{"total_count": {{jobs.Length}}, "jobs": [{{string.Join(",", jobs)}}]}""";

    /// <summary>Fillers: jobs of other runners.</summary>
    public static string[] OtherJobs(int count, int firstId) =>
        [.. Enumerable.Range(firstId, count).Select(i => Job("other-" + i, id: i))];

    public static Task Write(HttpContext context, string body, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    public static int PageNumber(HttpContext context) =>
        int.TryParse(context.Request.Query["page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out int page) ? page : 1;

    /// <summary>A <c>Link</c> header to page <paramref name="next"/> of the same listing, as GitHub writes it.</summary>
    public static void LinkNext(HttpContext context, int next, int last)
    {
        var request = context.Request;
        string Url(int page) => $"{request.Scheme}://{request.Host}{request.Path}?filter=all&per_page=100&page={page}";
        context.Response.Headers["Link"] = $"<{Url(next)}>; rel=\"next\", <{Url(last)}>; rel=\"last\"";
    }
}
