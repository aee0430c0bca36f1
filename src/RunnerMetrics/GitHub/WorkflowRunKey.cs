using System;

namespace RunnerMetrics.GitHub;

/// <summary>
/// A workflow run to look up, from a runner's (untrusted) pre-job metrics. Only plain <c>owner/name</c> and a
/// decimal id are accepted: they become a URL path that carries the token, so nothing may steer it elsewhere.
/// </summary>
internal readonly record struct WorkflowRunKey(string Repository, ulong RunId)
{
    // GitHub's own limits: owners up to 39 characters, repositories up to 100.
    private const int MaxRepositoryLength = 140;

    public static bool TryCreate(string repository, string runId, out WorkflowRunKey key)
    {
        key = default;
        if (!IsRepository(repository) || runId.Length is 0 or > 20 || !IsDigits(runId) || !ulong.TryParse(runId, out ulong id) || id == 0)
        {
            return false;
        }

        key = new WorkflowRunKey(repository, id);
        return true;
    }

    /// <summary>The user or organization the repository belongs to.</summary>
    public string Owner => Repository[..Repository.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>Whether <paramref name="owner"/> is a name <see cref="TryCreate"/> accepts as an owner.</summary>
    public static bool IsOwner(string owner) => owner.Length <= MaxRepositoryLength && IsName(owner);

    public string JobsPath => $"repos/{Repository}/actions/runs/{RunId}/jobs?filter=all&per_page=100";

    public override string ToString() => $"{Repository} run {RunId}";

    private static bool IsRepository(string repository)
    {
        int slash = repository.IndexOf('/', StringComparison.Ordinal);
        return repository.Length <= MaxRepositoryLength
            && slash > 0
            && IsName(repository.AsSpan(0, slash))
            && IsName(repository.AsSpan(slash + 1));
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name is "." or "..")
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
