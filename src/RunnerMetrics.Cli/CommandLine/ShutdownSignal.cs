using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>
/// Turns SIGINT and SIGTERM into a cancellation, so a pass finishes its current runner and exits cleanly
/// instead of dying between writing events and removing a directory.
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public ShutdownSignal()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The first signal received, or null.</summary>
    public PosixSignal? Received { get; private set; }

    /// <summary>The conventional exit code of a process ended by <see cref="Received"/> (128 + its number).</summary>
    public int ExitCode => Received == PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated;

    /// <summary>The signal's name, e.g. SIGTERM.</summary>
    public string Name => Received == PosixSignal.SIGINT ? "SIGINT" : "SIGTERM";

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive; the cancellation ends it once the current runner is done.
        context.Cancel = true;
        Received ??= context.Signal;
        _source.Cancel();
    }
}
