using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace RunnerMetrics.Tests.Support;

/// <summary>
/// Makes a file that cannot be removed, for root and non-root alike: as root (where permission bits
/// deny nothing) the file gets the immutable attribute (<c>chattr +i</c>, refused even to root); otherwise
/// its directory is made read-only (mode 0500). Disposing undoes it so the temp directory can be removed.
/// </summary>
internal sealed partial class Undeletable : IDisposable
{
    private readonly string _file;
    private readonly bool _immutable;

    public Undeletable(string file)
    {
        _file = file;
        File.WriteAllText(file, "stuck");
        _immutable = GetEffectiveUserId() == 0;
        if (_immutable)
        {
            RunChattr("+i");
        }
        else
        {
            File.SetUnixFileMode(Path.GetDirectoryName(file)!, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
    }

    public void Dispose()
    {
        if (_immutable)
        {
            RunChattr("-i");
        }
        else
        {
            File.SetUnixFileMode(Path.GetDirectoryName(_file)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    private void RunChattr(string flag)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, _file]) { UseShellExecute = false, RedirectStandardError = true })!;
        string error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        if (chattr.ExitCode != 0)
        {
            throw new IOException($"chattr {flag} {_file} failed: {error}");
        }
    }
}
