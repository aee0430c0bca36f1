namespace RunnerMetrics.GitHub;

/// <summary>What a token must look like: it goes into a header, so anything but visible ASCII could corrupt or inject one.</summary>
internal static class GitHubToken
{
    public static bool IsValid(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        foreach (char c in token)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
