using System;
using System.IO;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>The token is asked for before each pass, so a rotated one is used; a failing source skips only that pass.</summary>
public sealed class TokenSourceTests : GitHubEnrichmentTestBase
{
    private string _token = Token;

    public TokenSourceTests()
    {
        GitHubOptions = GitHubOptions with { Token = null, TokenSource = () => _token };
        Api.Handler = context => GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("runner-a")));
    }

    [Fact]
    public void A_rotated_token_is_used_from_the_next_pass_on()
    {
        Runner("runner-a");
        ExtractEnriched();
        _token = Token + "Rotated";
        Runner("runner-a");
        ExtractEnriched();

        Assert.Equal(["Bearer " + Token, "Bearer " + Token + "Rotated"], [.. System.Linq.Enumerable.Select(Api.Requests, r => r.Authorization ?? string.Empty)]);
    }

    [Fact]
    public void A_failing_or_invalid_token_source_skips_that_pass_only_and_never_logs_the_value()
    {
        GitHubOptions = GitHubOptions with { TokenSource = () => _token.Length > 0 ? _token : throw new IOException("token file vanished") };
        _token = string.Empty;
        Runner("runner-a");
        var first = ExtractEnriched();
        _token = Token + " with a space";
        Runner("runner-a");
        ExtractEnriched();

        Assert.Equal(1, first.Issued.RunnerStop);
        Assert.Empty(Api.Requests);
        Assert.Equal(2, GitHubLog.WithId(TokenUnavailableLogId).Count);
        Assert.Contains("token file vanished", GitHubLog.WithId(TokenUnavailableLogId)[0].Message, StringComparison.Ordinal);

        _token = Token;
        Runner("runner-a");
        ExtractEnriched();
        Assert.Single(Api.Requests);
    }
}
