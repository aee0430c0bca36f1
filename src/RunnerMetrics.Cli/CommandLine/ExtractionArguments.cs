using System;
using System.CommandLine;
using System.Linq;
using RunnerMetrics.Extraction;
using RunnerMetrics.GitHub;
using RunnerMetrics.Telemetry;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>The options <c>extract</c> and <c>watch</c> share, with the charm's paths as defaults.</summary>
internal sealed class ExtractionArguments
{
    private const int MaxParallelism = 64;

    private readonly Option<string> _flavor = new("--flavor")
    {
        Description = "The runner flavor to label events with.",
        Required = true,
    };

    private readonly Option<string> _sharedFileSystem = new("--shared-fs")
    {
        Description = "The directory of runner shared filesystems.",
        DefaultValueFactory = _ => MetricsExtractorOptions.DefaultSharedFileSystemDirectory,
    };

    private readonly Option<string> _quarantine = new("--quarantine")
    {
        Description = "Where corrupt runners are archived.",
        DefaultValueFactory = _ => MetricsExtractorOptions.DefaultQuarantineDirectory,
    };

    private readonly Option<string> _metricsLog = new("--metrics-log")
    {
        Description = "The JSON-lines metrics log to append events to.",
        DefaultValueFactory = _ => MetricsExtractorOptions.DefaultMetricsLog,
    };

    private readonly Option<string[]> _ignore = new("--ignore")
    {
        Description = "A runner that is still running, to leave alone (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _ignoreFile = new("--ignore-file")
    {
        Description = "A file naming the runners still running, one per line, read again before every pass (absent: none).",
    };

    private readonly Option<int> _parallelism = new("--parallelism")
    {
        Description = "How many runners to process at once (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<string> _githubTokenFile = new("--github-token-file")
    {
        Description = "A file holding a GitHub token: enables queue_duration and job_conclusion from the GitHub API.",
    };

    private readonly Option<string> _githubApiUrl = new("--github-api-url")
    {
        Description = "The GitHub REST API's base URL (GitHub Enterprise Server: https://HOST/api/v3).",
        DefaultValueFactory = _ => GitHubEnrichmentOptions.DefaultApiUrl.OriginalString.TrimEnd('/'),
    };

    private readonly Option<TimeSpan> _githubTimeout = new("--github-timeout")
    {
        Description = "How long one GitHub API request may take: 10s, 500ms, or seconds. A pass waits on GitHub at most three times this.",
        DefaultValueFactory = _ => TimeSpan.FromSeconds(10),
        CustomParser = DurationParser.ParseOption,
    };

    private readonly Option<string[]> _githubOwners = new("--github-owner")
    {
        Description = "Look up only repositories of this user or organization (repeatable; default: any repository a runner's files name).",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _metricLabels = new("--metric-label")
    {
        Description = "A label to add to the job metrics: repo, workflow or github_event (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<int> _maxLabelValues = new("--max-label-values")
    {
        Description = "How many distinct values each --metric-label takes; later ones are reported as 'other'.",
        DefaultValueFactory = _ => 100,
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the result as one JSON object on stdout.",
    };

    public void AddTo(Command command)
    {
        command.Add(_flavor);
        command.Add(_sharedFileSystem);
        command.Add(_quarantine);
        command.Add(_metricsLog);
        command.Add(_ignore);
        command.Add(_ignoreFile);
        command.Add(_parallelism);
        command.Add(_githubTokenFile);
        command.Add(_githubApiUrl);
        command.Add(_githubTimeout);
        command.Add(_githubOwners);
        command.Add(_metricLabels);
        command.Add(_maxLabelValues);
        command.Add(_json);
    }

    public ExtractionSettings Resolve(ParseResult parseResult)
    {
        string flavor = parseResult.GetRequiredValue(_flavor);
        if (string.IsNullOrWhiteSpace(flavor))
        {
            throw new UsageException("--flavor must not be empty.");
        }

        var options = new MetricsExtractorOptions
        {
            SharedFileSystemDirectory = NonEmpty(parseResult.GetRequiredValue(_sharedFileSystem), "--shared-fs"),
            QuarantineDirectory = NonEmpty(parseResult.GetRequiredValue(_quarantine), "--quarantine"),
            MaxDegreeOfParallelism = InRange(parseResult.GetValue(_parallelism), 1, MaxParallelism, "--parallelism"),
            MetricLabels = MetricLabels(parseResult.GetValue(_metricLabels) ?? []),
            MaxLabelValues = AtLeast(parseResult.GetValue(_maxLabelValues), 1, "--max-label-values"),
        };
        return new ExtractionSettings(
            flavor,
            options,
            NonEmpty(parseResult.GetRequiredValue(_metricsLog), "--metrics-log"),
            new IgnoreList(parseResult.GetValue(_ignore) ?? [], IgnoreFile(parseResult.GetValue(_ignoreFile))),
            parseResult.GetValue(_json))
        {
            GitHub = GitHub(parseResult, out bool tokenFileShared),
            GitHubTokenFileShared = tokenFileShared,
        };
    }

    // No token file, no enrichment: not a single request is made.
    private GitHubEnrichmentOptions? GitHub(ParseResult parseResult, out bool tokenFileShared)
    {
        tokenFileShared = false;
        string? tokenFile = parseResult.GetValue(_githubTokenFile);
        if (tokenFile is null)
        {
            return null;
        }

        string url = parseResult.GetRequiredValue(_githubApiUrl);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var apiUrl)
            || !(apiUrl.Scheme == Uri.UriSchemeHttps || (apiUrl.Scheme == Uri.UriSchemeHttp && apiUrl.IsLoopback))
            || apiUrl.Query.Length > 0 || apiUrl.Fragment.Length > 0 || apiUrl.UserInfo.Length > 0)
        {
            throw new UsageException("--github-api-url must be an absolute https URL without query (http only to a loopback address).");
        }

        var timeout = parseResult.GetValue(_githubTimeout);
        if (timeout > TimeSpan.FromMinutes(5))
        {
            throw new UsageException("--github-timeout must be at most 5m.");
        }

        return new GitHubEnrichmentOptions
        {
            ApiUrl = apiUrl,
            // Read now, so a bad file is a usage error before any runner is touched; then again before every pass,
            // so a rotated token (a GitHub App's expires hourly) is picked up by watch.
            Token = GitHubTokenFile.Read(NonEmpty(tokenFile, "--github-token-file"), out tokenFileShared),
            TokenSource = () => GitHubTokenFile.Read(tokenFile, out _),
            AllowedOwners = GitHubOwners(parseResult.GetValue(_githubOwners) ?? []),
            RequestTimeout = timeout,
            PassBudget = timeout * 3,
            UserAgent = "runner-metrics/" + typeof(ExtractionArguments).Assembly.GetName().Version?.ToString(3),
        };
    }

    private static string[] GitHubOwners(string[] owners) =>
        owners.FirstOrDefault(owner => !GitHubEnrichmentOptions.IsOwnerName(owner)) is { } invalid
            ? throw new UsageException($"--github-owner must be a GitHub user or organization name, not '{invalid}'.")
            : owners;

    // Label values come from files untrusted workflow code writes: only these names, each capped by --max-label-values.
    private static JobLabels MetricLabels(string[] names)
    {
        var labels = JobLabels.None;
        foreach (string name in names)
        {
            labels |= name switch
            {
                "repo" => JobLabels.Repo,
                "workflow" => JobLabels.Workflow,
                "github_event" => JobLabels.GithubEvent,
                _ => throw new UsageException($"--metric-label must be repo, workflow or github_event, not '{name}'."),
            };
        }

        return labels;
    }

    private static string? IgnoreFile(string? value) =>
        value is not null && string.IsNullOrWhiteSpace(value) ? throw new UsageException("--ignore-file must not be empty.") : value;

    private static int AtLeast(int value, int minimum, string option) =>
        value < minimum ? throw new UsageException($"{option} must be at least {minimum}.") : value;

    private static int InRange(int value, int minimum, int maximum, string option) =>
        value < minimum || value > maximum ? throw new UsageException($"{option} must be between {minimum} and {maximum}.") : value;

    private static string NonEmpty(string value, string option) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{option} must not be empty.") : value;
}
