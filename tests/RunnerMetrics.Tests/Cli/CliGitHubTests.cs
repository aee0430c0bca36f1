using System;
using System.IO;
using RunnerMetrics.Tests.GitHub;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Cli;

/// <summary>The tool's GitHub options, end to end against the fake API in a real process.</summary>
public sealed class CliGitHubTests : IDisposable
{
    private const string Token = "ghs_CliSecretToken0123456789";

    private readonly TempDirectory _temp = new();
    private readonly FakeGitHubApi _api = new();
    private readonly string _fleet;

    public CliGitHubTests()
    {
        _fleet = _temp.CreateSubdirectory("fs");
        new FleetBuilder(_fleet).Full("r1");
        _api.Handler = context => GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job("r1", queueSeconds: 61.5, conclusion: "success")));
    }

    [Fact]
    public void Extract_enriches_the_events_through_a_GHES_base_path_and_never_shows_the_token()
    {
        string tokenFile = TokenFile(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = Extract("--github-api-url", _api.Origin + "api/v3", "--github-token-file", tokenFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = File.ReadAllLines(_temp.Combine("metrics.log"));
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("\"idle\":100,\"queue_duration\":61.5}", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("\"job_duration\":300,\"job_conclusion\":\"success\"}", lines[1], StringComparison.Ordinal);
        var request = Assert.Single(_api.Requests);
        Assert.Equal("/api/v3/repos/canonical/r1/actions/runs/4242/jobs", request.Path);
        Assert.Equal("Bearer " + Token, request.Authorization);
        Assert.DoesNotContain(Token, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("readable", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_file_readable_by_others_gets_a_warning_and_still_works()
    {
        string tokenFile = TokenFile(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = Extract("--github-api-url", _api.Origin.ToString(), "--github-token-file", tokenFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("readable or writable by other users", result.StandardError, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
        Assert.DoesNotContain(Token, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_token_file_no_request_is_made()
    {
        var result = Extract("--github-api-url", _api.Origin.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(_api.Requests);
        Assert.DoesNotContain("queue_duration", File.ReadAllText(_temp.Combine("metrics.log")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_api_leaves_plain_events_and_exit_0()
    {
        _api.Handler = context => GitHubJson.Write(context, """{"message": "Bad credentials"}""", 401);
        string tokenFile = TokenFile(UnixFileMode.UserRead);

        var result = Extract("--github-api-url", _api.Origin.ToString(), "--github-token-file", tokenFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, File.ReadAllLines(_temp.Combine("metrics.log")).Length);
        Assert.Contains("401", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_fleet));
    }

    [Fact]
    public void Github_owner_limits_lookups_to_its_owners_whatever_the_case()
    {
        string tokenFile = TokenFile(UnixFileMode.UserRead);

        var elsewhere = Extract("--github-api-url", _api.Origin.ToString(), "--github-token-file", tokenFile, "--github-owner", "other-org");

        Assert.True(elsewhere.ExitCode == 0, elsewhere.ToString());
        Assert.Empty(_api.Requests);
        Assert.Contains("canonical/r1, whose owner is not an allowed GitHub owner", elsewhere.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("queue_duration", File.ReadAllText(_temp.Combine("metrics.log")), StringComparison.Ordinal);

        new FleetBuilder(_fleet).Full("r1");
        var allowed = Extract(
            "--github-api-url", _api.Origin.ToString(), "--github-token-file", tokenFile, "--github-owner", "other-org", "--github-owner", "Canonical");

        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Single(_api.Requests);
        Assert.Contains("\"queue_duration\":61.5", File.ReadAllText(_temp.Combine("metrics.log")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("two words")]
    [InlineData("http-url")]
    [InlineData("timeout")]
    [InlineData("owner")]
    public void Bad_github_options_are_usage_errors_that_never_print_the_token(string problem)
    {
        string tokenFile = problem switch
        {
            "missing" => _temp.Combine("no-such-token"),
            "empty" => Write("empty", "  \n"),
            "two words" => Write("two", "ghs_Secret part2\n"),
            _ => TokenFile(UnixFileMode.UserRead),
        };
        string[] extra = problem switch
        {
            "http-url" => ["--github-api-url", "http://api.example.com"],
            "timeout" => ["--github-timeout", "soon"],
            "owner" => ["--github-owner", "canonical", "--github-owner", "canonical/r1"],
            _ => [],
        };

        var result = Extract([.. extra, "--github-token-file", tokenFile]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("runner-metrics: ", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, result.StandardError, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
        Assert.Single(Directory.GetDirectories(_fleet));
    }

    public void Dispose()
    {
        _api.Dispose();
        _temp.Dispose();
    }

    private CliResult Extract(params string[] options) => CliProcess.Run(
        [
            "extract", "--flavor", "small", "--shared-fs", _fleet, "--quarantine", _temp.Combine("q"),
            "--metrics-log", _temp.Combine("metrics.log"), .. options,
        ]);

    private string TokenFile(UnixFileMode mode)
    {
        string path = Write("token", Token + "\n");
        File.SetUnixFileMode(path, mode);
        return path;
    }

    private string Write(string name, string content)
    {
        string path = _temp.Combine(name);
        File.WriteAllText(path, content);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
