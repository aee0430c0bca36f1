using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace RunnerMetrics.Cli.Export;

/// <summary><c>/healthz</c>: 200 when the last pass completed, 503 before the first pass and after a failed one; one line why.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, PassHealth health)
    {
        var response = context.Response;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }

        // One read: the loop may change it between the status and the body.
        var (healthy, reason) = health.Current;
        response.StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(reason + "\n");
    }
}
