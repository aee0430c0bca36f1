using System;
using System.Linq;
using RunnerMetrics.Extraction;
using RunnerMetrics.GitHub;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>
/// With <see cref="GitHubEnrichmentOptions.AllowedOwners"/>, a runner whose (untrusted) files name a repository of
/// another owner gets no lookup: no request is made for it, its events go plain, and it is logged.
/// </summary>
public sealed class OwnerAllowListTests : GitHubEnrichmentTestBase
{
    private const int OwnerNotAllowedLogId = 211;

    [Fact]
    public void A_runner_naming_another_owner_s_repository_gets_no_request_and_plain_events()
    {
        GitHubOptions = GitHubOptions with { AllowedOwners = ["CANONICAL"] };
        Runner("runner-a");
        Runner("runner-b", repository: "someone-else/secret-repository", runId: "777");
        Api.Handler = context => GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a", queueSeconds: 12)));

        var result = ExtractEnriched();

        Assert.Equal(new IssuedEvents(2, 2), result.Issued);
        var request = Assert.Single(Api.Requests);
        Assert.Equal(JobsPath, request.Path);
        Assert.Equal(new double?[] { 12.0, null }, EventsNamed("runner_start").Select(QueueDuration).OrderDescending());
        var logged = Assert.Single(GitHubLog.WithId(OwnerNotAllowedLogId));
        Assert.Contains("runner-b", logged.Message, StringComparison.Ordinal);
        Assert.Contains("someone-else/secret-repository", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_list_any_owner_is_looked_up()
    {
        Runner("runner-b", repository: "someone-else/repository", runId: "777");
        Api.Handler = context => GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-b", queueSeconds: 3)));

        ExtractEnriched();

        Assert.Equal("/repos/someone-else/repository/actions/runs/777/jobs", Assert.Single(Api.Requests).Path);
        Assert.Empty(GitHubLog.WithId(OwnerNotAllowedLogId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("canonical/fleet")]
    [InlineData("..")]
    [InlineData("owner with spaces")]
    public void An_allowed_owner_that_is_no_owner_name_is_refused(string owner)
    {
        Assert.False(GitHubEnrichmentOptions.IsOwnerName(owner));
        Assert.Throws<ArgumentException>(() => new GitHubJobLookup(GitHubOptions with { AllowedOwners = ["canonical", owner] }).Dispose());
    }
}
