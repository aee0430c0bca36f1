using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace RunnerMetrics.Tests.Cli;

/// <summary>Runs the real <c>runner-metrics</c> tool (its build output, copied under the tests) as a child process.</summary>
internal sealed class CliProcess : IDisposable
{
    // The tool's own build output, copied by the project (see CopyCliOutput in the .csproj).
    private static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "cli", "runner-metrics.dll");

    private readonly Process _process;

    private CliProcess(Process process)
    {
        _process = process;
        Output = new OutputCapture(process.StandardOutput);
        Error = new OutputCapture(process.StandardError);
    }

    public int Id => _process.Id;

    /// <summary>Standard output as it comes.</summary>
    public OutputCapture Output { get; }

    /// <summary>Standard error (the log) as it comes.</summary>
    public OutputCapture Error { get; }

    public static CliProcess Start(params string[] arguments) => StartWith(new Dictionary<string, string>(), arguments);

    /// <summary>Starts the tool with <paramref name="environment"/> added to the test's own (less any OTEL_ variable).</summary>
    public static CliProcess StartWith(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = WithSignalsAtDefault("dotnet");
        // A developer's shell may point OpenTelemetry somewhere: test processes push only where a test says.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (((string)variable.Key).StartsWith("OTEL_", StringComparison.Ordinal))
            {
                start.Environment.Remove((string)variable.Key);
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(ToolPath);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("env dotnet did not start"));
    }

    /// <summary>Starts the tool through bash after <paramref name="shellSetup"/> (e.g. a <c>ulimit</c>), which the tool inherits.</summary>
    public static CliProcess StartUnder(string shellSetup, params string[] arguments)
    {
        var start = WithSignalsAtDefault("bash");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(shellSetup + "; exec dotnet \"$0\" \"$@\"");
        start.ArgumentList.Add(ToolPath);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("env bash did not start"));
    }

    // A background job of a non-interactive shell starts with SIGINT ignored, and a child inherits that (as nohup
    // intends): run from such a job, the tests' SIGINT would never reach the tool. env resets it before the exec.
    private static ProcessStartInfo WithSignalsAtDefault(string program)
    {
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add(program);
        return start;
    }

    public static CliResult Run(params string[] arguments)
    {
        using var process = Start(arguments);
        return process.WaitForExit(TimeSpan.FromMinutes(2));
    }

    public CliResult WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"runner-metrics did not exit within {timeout}");
        }

        return new CliResult(_process.ExitCode, Output.Complete(), Error.Complete());
    }

    /// <summary>Sends a signal the way an init system or a user at a terminal would.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
