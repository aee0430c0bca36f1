using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
using RunnerMetrics.Tests.Cli;

namespace RunnerMetrics.Tests.Export;

/// <summary>
/// <c>runner-metrics watch --json --prometheus-listen 127.0.0.1:0</c> as a child process: the address it logged, its
/// passes (one JSON line each on stdout) and its endpoints over real HTTP.
/// </summary>
internal sealed partial class WatchProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private WatchProcess(CliProcess process)
    {
        Process = process;
        Address = new Uri(process.Error.WaitFor(ListeningLine(), Patience).Groups["address"].Value);
    }

    public CliProcess Process { get; }

    /// <summary>Where it serves, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public static WatchProcess Start(params string[] arguments) => StartWith(new Dictionary<string, string>(), arguments);

    public static WatchProcess StartWith(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        new(CliProcess.StartWith(environment, ["watch", "--json", "--prometheus-listen", "127.0.0.1:0", .. arguments]));

    /// <summary>Waits until <paramref name="count"/> passes completed (their result lines are printed after the export).</summary>
    public void WaitForPasses(int count) => Process.Output.WaitFor(PassLine(), Patience, count);

    /// <summary>Waits until <paramref name="count"/> passes failed (logged after /healthz and the push were updated).</summary>
    public void WaitForFailedPasses(int count) => Process.Error.WaitFor(FailedLine(), Patience, count);

    public PrometheusText Scrape()
    {
        using var response = Get("metrics");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        return PrometheusText.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
    }

    public (int Status, string Body) Health()
    {
        using var response = Get("healthz");
        return ((int)response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
    }

    public HttpResponseMessage Get(string path) => _http.GetAsync(new Uri(Address, path)).GetAwaiter().GetResult();

    public void Dispose()
    {
        _http.Dispose();
        Process.Dispose();
    }

    [GeneratedRegex(@"Serving Prometheus metrics on (?<address>http://\S+/) ")]
    private static partial Regex ListeningLine();

    [GeneratedRegex(@"^\{""issued"":", RegexOptions.Multiline)]
    private static partial Regex PassLine();

    [GeneratedRegex("The pass failed: ")]
    private static partial Regex FailedLine();
}
