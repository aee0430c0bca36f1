using System;
using System.Net.Http.Headers;

namespace RunnerMetrics.GitHub;

/// <summary>The <c>rel="next"</c> target of GitHub's <c>Link</c> pagination header.</summary>
internal static class LinkHeader
{
    /// <summary>The next page, or null. Only a URL on the API's own origin is followed: the token goes with it.</summary>
    public static Uri? Next(HttpResponseHeaders headers, Uri apiUrl)
    {
        if (!headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (string value in values)
        {
            // <https://api.github.com/...&page=2>; rel="next", <...>; rel="last"
            var rest = value.AsSpan();
            while (!rest.IsEmpty)
            {
                int comma = rest.IndexOf(',');
                var link = (comma < 0 ? rest : rest[..comma]).Trim();
                rest = comma < 0 ? default : rest[(comma + 1)..];
                int close = link.IndexOf('>');
                if (link.Length == 0 || link[0] != '<' || close < 0 || !IsNext(link[(close + 1)..]))
                {
                    continue;
                }

                return Uri.TryCreate(link[1..close].ToString(), UriKind.Absolute, out var next)
                    && Uri.Compare(next, apiUrl, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0
                    ? next
                    : null;
            }
        }

        return null;
    }

    private static bool IsNext(ReadOnlySpan<char> parameters)
    {
        while (!parameters.IsEmpty)
        {
            int semicolon = parameters.IndexOf(';');
            var parameter = (semicolon < 0 ? parameters : parameters[..semicolon]).Trim();
            parameters = semicolon < 0 ? default : parameters[(semicolon + 1)..];
            if (parameter.Equals("rel=\"next\"", StringComparison.OrdinalIgnoreCase) || parameter.Equals("rel=next", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
