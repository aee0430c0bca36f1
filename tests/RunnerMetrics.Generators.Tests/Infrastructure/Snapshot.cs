using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace RunnerMetrics.Generators.Tests.Infrastructure;

/// <summary>
/// Golden-file checks of generated sources against <c>Snapshots/{Test}/{HintName}.verified.cs</c>.
/// With <c>UPDATE_SNAPSHOTS=1</c> the files are rewritten instead; a missing file is written and fails the
/// test so it gets reviewed; on CI (<c>CI=true</c>) nothing is ever written.
/// </summary>
internal static class Snapshot
{
    private const string Suffix = ".verified.cs";

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    // UPDATE_SNAPSHOTS=1 dotnet test tests/RunnerMetrics.Generators.Tests -c Release   rewrites the golden files;
    // review their diff before committing (see also the project file).
    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    public static void Verify(string testName, GeneratorRunResult result)
    {
        Assert.False(IsCi && Update, "UPDATE_SNAPSHOTS must not be set on CI.");
        string directory = Path.Combine(ProjectDirectory(), "Snapshots", testName);
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var source in result.GeneratedSources)
        {
            string path = Path.Combine(directory, FileName(source.HintName));
            expectedFiles.Add(path);
            string actual = Normalize(source.SourceText.ToString());
            if (!File.Exists(path))
            {
                failures.Add(IsCi ? $"missing snapshot {path}" : $"new snapshot written, review it: {path}");
                Write(path, actual);
            }
            else if (Normalize(File.ReadAllText(path)) != actual)
            {
                if (Update)
                {
                    Write(path, actual);
                }
                else
                {
                    failures.Add($"{path} differs; rerun with UPDATE_SNAPSHOTS=1 to accept:\n{FirstDifference(File.ReadAllText(path), actual)}");
                }
            }
        }

        foreach (string stale in Directory.Exists(directory) ? Directory.GetFiles(directory, "*" + Suffix) : [])
        {
            if (!expectedFiles.Contains(stale))
            {
                if (Update)
                {
                    File.Delete(stale);
                }
                else
                {
                    failures.Add($"stale snapshot (no longer generated): {stale}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary><c>Ns.Type.StrictJson.g.cs</c> → <c>Ns.Type.StrictJson.g.verified.cs</c>.</summary>
    private static string FileName(string hintName) =>
        (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName) + Suffix;

    private static void Write(string path, string text)
    {
        if (IsCi)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = Normalize(expected).Split('\n');
        string[] a = Normalize(actual).Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string left = i < e.Length ? e[i] : "<end>";
            string right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}\n  expected: {left}\n  actual:   {right}";
            }
        }

        return "(line endings only)";
    }

    private static string ProjectDirectory() =>
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;
}
