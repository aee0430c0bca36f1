using System;

namespace RunnerMetrics.GitHub;

/// <summary>
/// The GitHub REST API's spellings of a workflow job's <c>status</c> and <c>conclusion</c> that this version knows.
/// <see cref="GitHubJob"/> keeps them as strings because GitHub adds values now and then (<c>waiting</c>,
/// <c>requested</c>, <c>pending</c> came later): a value it added must cost only the job that carries it, not the
/// whole page.
/// </summary>
public static class GitHubJobValues
{
    // Indexed by the enums' values, in their declaration order; one table each for parsing and spelling.
    private static readonly string[] s_statuses = ["queued", "in_progress", "completed", "waiting", "requested", "pending"];
    private static readonly string[] s_conclusions = ["success", "failure", "neutral", "cancelled", "skipped", "timed_out", "action_required", "stale"];

    /// <summary>Maps a job's <c>status</c> (exactly as GitHub spells it) to <paramref name="status"/>.</summary>
    /// <returns>False for a value this version doesn't know, or null.</returns>
    public static bool TryParseStatus(string? value, out GitHubJobStatus status)
    {
        int index = Array.IndexOf(s_statuses, value);
        status = (GitHubJobStatus)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Maps a job's <c>conclusion</c> (exactly as GitHub spells it) to <paramref name="conclusion"/>.</summary>
    /// <returns>False for a value this version doesn't know, or null (the job has not ended).</returns>
    public static bool TryParseConclusion(string? value, out GitHubJobConclusion conclusion)
    {
        int index = Array.IndexOf(s_conclusions, value);
        conclusion = (GitHubJobConclusion)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>
    /// GitHub's spelling of <paramref name="conclusion"/>, which is also <c>runner_stop</c>'s <c>job_conclusion</c> and the
    /// metrics' <c>conclusion</c> tag; <see langword="null"/> for a value outside the enum.
    /// </summary>
    internal static string? NameOf(GitHubJobConclusion conclusion) =>
        (uint)conclusion < (uint)s_conclusions.Length ? s_conclusions[(int)conclusion] : null;
}
