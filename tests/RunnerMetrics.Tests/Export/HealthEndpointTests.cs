using System;
using System.IO;
using System.Net;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Export;

/// <summary><c>GET /healthz</c> of a real <c>watch</c>: 503 before the first pass and after a failed one, 200 once a pass completed.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _fleet;

    public HealthEndpointTests()
    {
        _fleet = _temp.CreateSubdirectory("fs");
        new FleetBuilder(_fleet).FullRunners(2);
    }

    [Fact]
    public void Before_the_first_pass_it_is_503_and_after_it_200()
    {
        // The ignore file is a FIFO: the first pass waits on it until the test opens the other end.
        string gate = _temp.Combine("running-runners");
        TestLibc.CreateFifo(gate);
        using var watch = Watch("--ignore-file", gate, "--interval", "1h");

        var (status, body) = watch.Health();
        Assert.Equal(503, status);
        Assert.Equal("starting: no pass has finished yet\n", body);
        Assert.Equal(2, Directory.GetDirectories(_fleet).Length);

        // Opening the write end meets the watch's open of the read end; closing it ends the (empty) file.
        File.WriteAllText(gate, "");
        watch.WaitForPasses(1);
        (status, body) = watch.Health();
        Assert.Equal(200, status);
        Assert.StartsWith("ok: the last pass completed at ", body, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_fleet));
    }

    [Fact]
    public void A_failed_pass_makes_it_503_saying_why_until_a_pass_completes()
    {
        string log = _temp.Combine("metrics.log");
        Directory.CreateDirectory(log);
        using var watch = Watch("--interval", "100ms");

        watch.WaitForFailedPasses(1);
        var (status, body) = watch.Health();
        Assert.Equal(503, status);
        Assert.StartsWith("failing: the last pass failed at ", body, StringComparison.Ordinal);
        Assert.Contains(log, body, StringComparison.Ordinal);

        Directory.Delete(log);
        watch.WaitForPasses(1);
        (status, body) = watch.Health();
        Assert.Equal(200, status);
        Assert.StartsWith("ok: ", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_two_paths_are_served()
    {
        using var watch = Watch("--interval", "1h");
        watch.WaitForPasses(1);

        using var other = watch.Get("");
        using var admin = watch.Get("admin");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, admin.StatusCode);
        Assert.False(other.Headers.Contains("Server"));
    }

    public void Dispose() => _temp.Dispose();

    private WatchProcess Watch(params string[] arguments) => WatchProcess.Start(
        ["--flavor", "x", "--shared-fs", _fleet, "--quarantine", _temp.Combine("q"), "--metrics-log", _temp.Combine("metrics.log"), .. arguments]);
}
