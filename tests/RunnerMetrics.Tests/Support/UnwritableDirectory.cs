using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace RunnerMetrics.Tests.Support;

/// <summary>
/// Makes a directory in which nothing can be created, for root and non-root alike: as root the directory
/// gets the immutable attribute (<c>chattr +i</c>); otherwise mode 0500. Disposing undoes it.
/// </summary>
internal sealed partial class UnwritableDirectory : IDisposable
{
    private readonly bool _immutable;

    public UnwritableDirectory(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
        _immutable = GetEffectiveUserId() == 0;
        if (_immutable)
        {
            Chattr("+i");
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
    }

    public string Path { get; }

    /// <summary>What creating a file in it fails with.</summary>
    public string Reason => _immutable ? "Operation not permitted" : "Permission denied";

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i");
        }
        else
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    private void Chattr(string flag)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, Path]) { UseShellExecute = false, RedirectStandardError = true })!;
        string error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        if (chattr.ExitCode != 0)
        {
            throw new IOException($"chattr {flag} {Path} failed: {error}");
        }
    }
}
