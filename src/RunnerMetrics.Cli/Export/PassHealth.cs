using System;
using System.Globalization;
using System.Threading;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// What <c>/healthz</c> reports: healthy once the last pass completed, unhealthy before the first one and after one
/// that failed. Written by the watch loop, read by request threads.
/// </summary>
internal sealed class PassHealth
{
    private State _state = new(false, "starting: no pass has finished yet");

    /// <summary>Whether the last pass completed, and one line saying so or why not (nothing the log doesn't say too).</summary>
    public (bool Healthy, string Reason) Current
    {
        get
        {
            var state = Volatile.Read(ref _state);
            return (state.Healthy, state.Reason);
        }
    }

    public void Completed(DateTimeOffset at, int runnersLeft)
    {
        string reason = $"ok: the last pass completed at {Stamp(at)}";
        if (runnersLeft > 0)
        {
            reason += $", leaving {runnersLeft} runners it could not read, quarantine or remove";
        }

        Volatile.Write(ref _state, new State(true, reason));
    }

    public void Failed(DateTimeOffset at, string why) =>
        Volatile.Write(ref _state, new State(false, $"failing: the last pass failed at {Stamp(at)}: {why}"));

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private sealed record State(bool Healthy, string Reason);
}
