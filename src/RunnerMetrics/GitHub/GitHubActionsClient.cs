using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace RunnerMetrics.GitHub;

/// <summary>
/// The Actions area of the GitHub REST API, as enrichment uses it: one jobs page per call, with a timeout per
/// request, one retry of a 5xx or a failed connection, the body read within a bound, and the rate-limit headers
/// read after every response.
/// </summary>
internal sealed class GitHubActionsClient(HttpClient http, GitHubEnrichmentOptions options, GitHubRateLimit rateLimit)
{
    // A refusal's body only has to say whether it is a rate limit.
    private const int RefusalBodyLimit = 64 * 1024;

    /// <summary>One page; throws <see cref="OperationCanceledException"/> only when <paramref name="passToken"/> is cancelled.</summary>
    public async Task<JobsPageResult> GetJobsPageAsync(Uri url, string token, CancellationToken passToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(passToken);
            timeout.CancelAfter(options.RequestTimeout);
            string? retryable;
            try
            {
                using var request = Request(url, token);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    rateLimit.Observe(response, saysRateLimit: false);
                    return await ReadPageAsync(response, timeout.Token).ConfigureAwait(false);
                }

                if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)
                {
                    bool saysRateLimit = await SaysRateLimitAsync(response, timeout.Token).ConfigureAwait(false);
                    return rateLimit.Observe(response, saysRateLimit)
                        ? JobsPageResult.Failed($"rate limited (HTTP {(int)response.StatusCode})")
                        : JobsPageResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                rateLimit.Observe(response, saysRateLimit: false);
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    return new JobsPageResult(null, null, "HTTP 401 Unauthorized: the token was refused", TokenRefused: true);
                }

                if ((int)response.StatusCode < 500)
                {
                    return JobsPageResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                retryable = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (OperationCanceledException) when (!passToken.IsCancellationRequested)
            {
                // A slow server is not retried: the retry would wait as long again.
                return JobsPageResult.Failed($"no response within {options.RequestTimeout.TotalSeconds:0.###} s");
            }
            catch (HttpRequestException exception)
            {
                retryable = exception.Message;
            }

            if (attempt == 2)
            {
                return JobsPageResult.Failed(retryable + " (after a retry)");
            }

            await Task.Delay(options.RetryDelay, passToken).ConfigureAwait(false);
        }
    }

    private static HttpRequestMessage Request(Uri url, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task<JobsPageResult> ReadPageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var body = await BoundedBody.ReadAsync(response.Content, options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return JobsPageResult.Failed($"response body over {options.MaxResponseBytes} bytes");
        }

        if (!GitHubJobsPage.TryParse(body.Span, out var page, out var error))
        {
            return JobsPageResult.Failed($"malformed response: {error}");
        }

        return new JobsPageResult(page, LinkHeader.Next(response.Headers, options.ApiUrl), null);
    }

    private static async Task<bool> SaysRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var body = await BoundedBody.ReadAsync(response.Content, RefusalBodyLimit, cancellationToken).ConfigureAwait(false);
        return body is not null && Encoding.UTF8.GetString(body.Span).Contains("rate limit", StringComparison.OrdinalIgnoreCase);
    }
}
