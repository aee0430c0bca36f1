using RunnerMetrics.GitHub;
using RunnerMetrics.Metrics;

namespace RunnerMetrics.Telemetry;

/// <summary>Tag values for the closed sets, spelled as the metrics log spells them (no allocation per measurement).</summary>
internal static class TagValues
{
    public static string Of(PostJobStatus status) => status switch
    {
        PostJobStatus.Normal => "normal",
        PostJobStatus.Abnormal => "abnormal",
        PostJobStatus.RepoPolicyCheckFailure => "repo-policy-check-failure",
        PostJobStatus.ExternalContributorCheckFailure => "external-contributor-check-failure",
        _ => TagNames.OtherValue,
    };

    public static string Of(GitHubJobConclusion conclusion) => GitHubJobValues.NameOf(conclusion) ?? TagNames.OtherValue;
}
