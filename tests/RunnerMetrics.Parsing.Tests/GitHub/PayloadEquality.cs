using System.Collections.Generic;
using System.Linq;

namespace RunnerMetrics.Parsing.Tests.GitHub;

/// <summary>
/// Field-by-field equality of parsed payloads: records compare their lists and dictionaries by reference,
/// so each record is compared with its collections swapped for shared ones, and the collections element-wise.
/// </summary>
internal static class PayloadEquality
{
    private static readonly WorkflowStep[] NoSteps = [];
    private static readonly List<string> NoLabels = [];
    private static readonly string[] NoTopics = [];
    private static readonly Dictionary<string, string> NoProperties = [];
    private static readonly Dictionary<string, PermissionLevel> NoPermissions = [];
    private static readonly string[] NoEvents = [];

    public static void AssertEqual(WorkflowJobEvent expected, WorkflowJobEvent actual)
    {
        AssertEqual(expected.WorkflowJob, actual.WorkflowJob);
        AssertEqual(expected.Repository, actual.Repository);
        Assert.Equal(expected.Deployment is null, actual.Deployment is null);
        if (expected.Deployment is not null)
        {
            AssertEqual(expected.Deployment, actual.Deployment!);
        }

        Assert.Equal(
            expected with { WorkflowJob = actual.WorkflowJob, Repository = actual.Repository, Deployment = actual.Deployment },
            actual);
    }

    private static void AssertEqual(WorkflowJob expected, WorkflowJob actual)
    {
        Assert.Equal(expected.Steps, actual.Steps);
        Assert.Equal(expected.Labels, actual.Labels);
        Assert.Equal(expected with { Steps = NoSteps, Labels = NoLabels }, actual with { Steps = NoSteps, Labels = NoLabels });
    }

    private static void AssertEqual(Repository expected, Repository actual)
    {
        Assert.Equal(expected.Topics, actual.Topics);
        Assert.Equal(Sorted(expected.CustomProperties), Sorted(actual.CustomProperties));
        Assert.Equal(
            expected with { Topics = NoTopics, CustomProperties = expected.CustomProperties is null ? null : NoProperties },
            actual with { Topics = NoTopics, CustomProperties = actual.CustomProperties is null ? null : NoProperties });
    }

    private static void AssertEqual(Deployment expected, Deployment actual)
    {
        var (expectedApp, actualApp) = (expected.PerformedViaGitHubApp, actual.PerformedViaGitHubApp);
        Assert.Equal(expectedApp is null, actualApp is null);
        if (expectedApp is not null)
        {
            Assert.Equal(expectedApp.Events, actualApp!.Events);
            Assert.Equal(Sorted(expectedApp.Permissions), Sorted(actualApp.Permissions));
            Assert.Equal(
                expectedApp with { Events = NoEvents, Permissions = NoPermissions },
                actualApp with { Events = NoEvents, Permissions = NoPermissions });
        }

        Assert.Equal(expected with { PerformedViaGitHubApp = actualApp }, actual);
    }

    private static KeyValuePair<string, T>[]? Sorted<T>(IReadOnlyDictionary<string, T>? dictionary) =>
        dictionary?.OrderBy(pair => pair.Key, System.StringComparer.Ordinal).ToArray();
}
