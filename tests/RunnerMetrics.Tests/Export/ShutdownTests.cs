using System;
using System.Net.Sockets;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Export;

/// <summary>SIGTERM and SIGINT end <c>watch</c> with exit 0, the listener closed and a last OTLP push made.</summary>
public sealed class ShutdownTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly OtlpReceiver _collector = new();

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void A_signal_closes_the_listener_pushes_once_more_and_exits_0(string signal)
    {
        string fleet = _temp.CreateSubdirectory("fs");
        new FleetBuilder(fleet).FullRunners(2);
        using var watch = WatchProcess.Start(
            "--flavor", "x", "--shared-fs", fleet, "--quarantine", _temp.Combine("q"), "--metrics-log", _temp.Combine("metrics.log"),
            "--interval", "1h", "--otlp-endpoint", _collector.BaseUrl.ToString());
        watch.WaitForPasses(1);
        Assert.Single(_collector.Requests);
        Assert.Equal(200, watch.Health().Status);

        watch.Process.Signal(signal);
        var result = watch.Process.WaitForExit(TimeSpan.FromMinutes(1));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Stopping: the current pass finished", result.StandardError, StringComparison.Ordinal);
        // The last push comes after the listener closed, from the shutdown of the OTLP provider.
        Assert.Equal(2, _collector.Requests.Count);
        using var client = new TcpClient();
        var refused = Assert.Throws<SocketException>(() => client.Connect(watch.Address.Host, watch.Address.Port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    public void Dispose()
    {
        _collector.Dispose();
        _temp.Dispose();
    }
}
