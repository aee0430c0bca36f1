using System;
using System.Globalization;
using System.IO;
using RunnerMetrics.Tests.GitHub;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Export;

/// <summary>
/// One <c>watch</c> with every instrument busy, scraped once after its first completed pass: 101 finished runners with
/// distinct workflows (<c>--metric-label workflow</c>, cap 100), unfinished, corrupt and metric-less runners, GitHub
/// enrichment against the fake API (queue times, conclusions, a rate-limit header), and a first pass that fails
/// because the metrics log is a directory until the test removes it.
/// </summary>
public sealed class EnrichedWatch : IDisposable
{
    public const string Flavor = "large";
    public const int Finished = 101;
    public const int Unfinished = 3;
    public const int Corrupt = 2;
    public const string RateLimitRemaining = "4321";

    private readonly TempDirectory _temp = new();
    private readonly FakeGitHubApi _api = new();
    private readonly WatchProcess _watch;

    public EnrichedWatch()
    {
        var fleet = new FleetBuilder(_temp.CreateSubdirectory("fs"));
        for (int i = 0; i < Finished; i++)
        {
            string runner = FleetBuilder.RunnerName(i);
            // Durations and idle times spread over the buckets, from under a second to over a day.
            double started = FleetBuilder.InstalledAt + (i * i * 7 % 4000) + 0.25;
            double stopped = started + (i * i * i * 13 % 100_000) + 0.5;
            string post = i % 5 == 0 ? FleetBuilder.PostJob(stopped, "abnormal", 143) : FleetBuilder.PostJob(stopped);
            fleet.Runner(runner, FleetBuilder.Number(FleetBuilder.InstalledAt), FleetBuilder.PreJob(runner, started, Workflow(i)), post);
        }

        for (int i = 0; i < Unfinished; i++)
        {
            fleet.PreOnly("unfinished-" + i);
        }

        for (int i = 0; i < Corrupt; i++)
        {
            fleet.Runner("corrupt-" + i, "1700000000", "{", null);
        }

        fleet.TimestampOnly("never-started");

        // Every runner is its own repository (FleetBuilder), so the runner's name is in the request path.
        _api.Handler = context =>
        {
            string runner = context.Request.Path.Value!.Split('/')[3];
            int index = runner.StartsWith("runner-", StringComparison.Ordinal) ? int.Parse(runner[7..], CultureInfo.InvariantCulture) : 0;
            context.Response.Headers["x-ratelimit-limit"] = "5000";
            context.Response.Headers["x-ratelimit-remaining"] = RateLimitRemaining;
            string conclusion = (index % 3) switch { 0 => "success", 1 => "failure", _ => "cancelled" };
            return GitHubJson.Write(context, GitHubJson.Page(GitHubJson.Job(runner, queueSeconds: 2.5 + (index * 31 % 900), conclusion: conclusion)));
        };
        string tokenFile = _temp.Combine("token");
        File.WriteAllText(tokenFile, "ghs_WatchSecretToken0123456789");
        File.SetUnixFileMode(tokenFile, UnixFileMode.UserRead);

        MetricsLog = _temp.Combine("metrics.log");
        Directory.CreateDirectory(MetricsLog);
        _watch = WatchProcess.Start(
            "--flavor", Flavor, "--shared-fs", fleet.BaseDirectory, "--quarantine", _temp.Combine("q"), "--metrics-log", MetricsLog,
            "--interval", "200ms", "--metric-label", "workflow",
            "--github-token-file", tokenFile, "--github-api-url", _api.Origin.ToString());
        _watch.WaitForFailedPasses(1);
        Directory.Delete(MetricsLog);
        _watch.WaitForPasses(1);
        Scrape = _watch.Scrape();
        ScrapedAt = DateTimeOffset.UtcNow;
        Log = MetricsLogReader.Read(MetricsLog);
        // Stopped, so its log is complete: every failed pass came before the scrape and has its line.
        _watch.Process.Signal("TERM");
        Exit = _watch.Process.WaitForExit(TimeSpan.FromMinutes(1));
    }

    /// <summary>The scrape after the first completed pass.</summary>
    internal PrometheusText Scrape { get; }

    /// <summary>The metrics log the pass wrote (all the events: the failed pass wrote none).</summary>
    internal MetricsLogReader Log { get; }

    /// <summary>How the watch ended (SIGTERM after the scrape) and all it printed.</summary>
    internal Cli.CliResult Exit { get; }

    public string MetricsLog { get; }

    public DateTimeOffset ScrapedAt { get; }

    public static string Workflow(int index) => $"Workflow {index:D3}";

    public void Dispose()
    {
        _watch.Dispose();
        _api.Dispose();
        _temp.Dispose();
    }
}

/// <summary>The tests that read <see cref="EnrichedWatch"/>'s scrape share one process.</summary>
[CollectionDefinition(nameof(EnrichedWatch))]
public sealed class EnrichedWatchCollection : ICollectionFixture<EnrichedWatch>;
