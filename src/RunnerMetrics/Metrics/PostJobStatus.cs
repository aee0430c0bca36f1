using System.Text.Json.Serialization;

namespace RunnerMetrics.Metrics;

/// <summary>How a job ended, as <c>post-job-metrics.json</c> reports it.</summary>
public enum PostJobStatus
{
    /// <summary>The job ran to its end.</summary>
    Normal,

    /// <summary>The job failed; <see cref="PostJobMetrics.StatusInfo"/> may carry the exit code.</summary>
    Abnormal,

    /// <summary>The repository policy check refused the job.</summary>
    [JsonStringEnumMemberName("repo-policy-check-failure")]
    RepoPolicyCheckFailure,

    /// <summary>The external-contributor check refused the job (what Canonical's newest runner images write instead).</summary>
    [JsonStringEnumMemberName("external-contributor-check-failure")]
    ExternalContributorCheckFailure,
}
