namespace RunnerMetrics.Telemetry;

/// <summary>The tag (Prometheus label) names the instruments use: a small fixed set.</summary>
public static class TagNames
{
    /// <summary>The runner flavor the pass was run for.</summary>
    public const string Flavor = "flavor";

    /// <summary>How the job ended, as <c>post-job-metrics.json</c> says (<c>normal</c>, <c>abnormal</c>, …).</summary>
    public const string Status = "status";

    /// <summary>The GitHub API's job conclusion (<c>success</c>, <c>failure</c>, …); absent when unknown.</summary>
    public const string Conclusion = "conclusion";

    /// <summary>The repository, <c>owner/name</c> (opt-in, capped: see <see cref="JobLabels.Repo"/>).</summary>
    public const string Repo = "repo";

    /// <summary>The workflow's name (opt-in, capped: see <see cref="JobLabels.Workflow"/>).</summary>
    public const string Workflow = "workflow";

    /// <summary>The event that triggered the workflow (opt-in, capped: see <see cref="JobLabels.GithubEvent"/>).</summary>
    public const string GithubEvent = "github_event";

    /// <summary>The value an opt-in label takes once its cap of distinct values is reached.</summary>
    public const string OtherValue = "other";
}
