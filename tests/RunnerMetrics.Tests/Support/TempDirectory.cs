using System;
using System.Diagnostics;
using System.IO;

namespace RunnerMetrics.Tests.Support;

/// <summary>A fresh directory on tmpfs (or /tmp), removed with everything in it, raw-byte names included.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        string root = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        Path = System.IO.Path.Combine(root, "runner-metrics-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string CreateSubdirectory(string name) => Directory.CreateDirectory(Combine(name)).FullName;

    public void Dispose()
    {
        // Managed recursive delete cannot address names that are not UTF-8; rm can.
        using var rm = Process.Start(new ProcessStartInfo("rm", ["-rf", "--", Path]) { UseShellExecute = false });
        rm?.WaitForExit();
    }
}
