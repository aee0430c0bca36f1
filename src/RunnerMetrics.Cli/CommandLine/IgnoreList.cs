using System;
using System.Collections.Generic;
using System.IO;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>
/// The runners still running: the <c>--ignore</c> names plus those in <c>--ignore-file</c> (one per line),
/// which a runner manager keeps current, so it is read again before every pass.
/// </summary>
internal sealed class IgnoreList(IReadOnlyCollection<string> names, string? file)
{
    /// <summary>The names for the next pass.</summary>
    /// <exception cref="IOException">The file exists but cannot be read (the message names it and why).</exception>
    public HashSet<string> Read()
    {
        var ignored = new HashSet<string>(names, StringComparer.Ordinal);
        if (file is null)
        {
            return ignored;
        }

        // Checked first: reading a directory reports "access denied", which is not the cause.
        if (Directory.Exists(file))
        {
            throw new IOException($"Cannot read the ignore file '{file}': it is a directory.");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        // No file: no runner is running (the manager removes it when none is).
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ignored;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Cannot read the ignore file '{file}': {e.Message}", e);
        }

        foreach (string line in lines)
        {
            string name = line.Trim();
            if (name.Length > 0)
            {
                ignored.Add(name);
            }
        }

        return ignored;
    }
}
