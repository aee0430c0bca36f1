using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RunnerMetrics.PackageInspector;

/// <summary>LICENSE and README.md at the package root, exactly the repository's; no loose PDB of ours.</summary>
internal static partial class PackageFilesCheck
{
    public static void Run(ZipArchive package, string id, InspectionSettings settings, Report report)
    {
        SameAs(package, id, "LICENSE", Path.Combine(settings.Repository, "LICENSE"), settings.Repository, report);
        string? readme = SameAs(package, id, "README.md", Path.Combine(settings.Repository, "src", id, "README.md"), settings.Repository, report);
        if (readme is not null)
        {
            report.Check(readme.StartsWith($"# {id}\n", StringComparison.Ordinal), id, "README.md leads with the package's name",
                $"README.md does not start with '# {id}'");
            // A package page is rendered away from the repository: a relative link there leads nowhere.
            List<string> relative = [.. Links().Matches(readme).Select(m => m.Groups[1].Value)
                .Where(target => !target.StartsWith("https://", StringComparison.Ordinal) && !target.StartsWith('#'))];
            report.Check(relative.Count == 0, id, "README.md links are absolute", $"README.md has relative links: {string.Join(", ", relative)}");
        }

        // Symbols are embedded in the assemblies (Directory.Build.props); a .pdb of ours here means that changed.
        List<string> pdbs = [.. package.Entries.Select(e => e.FullName)
            .Where(name => name.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase) && AssemblyCheck.IsOurs(Path.GetFileName(name)))];
        report.Check(pdbs.Count == 0, id, "no loose .pdb (symbols embedded)", $"loose PDB files: {string.Join(", ", pdbs)}");
    }

    /// <summary>Checks that entry <paramref name="name"/> holds exactly the file at <paramref name="path"/>; returns its text when it does.</summary>
    private static string? SameAs(ZipArchive package, string id, string name, string path, string repository, Report report)
    {
        ZipArchiveEntry? entry = package.GetEntry(name);
        if (entry is null)
        {
            report.Fail(id, $"no {name} at the package root");
            return null;
        }
        byte[] expected = File.ReadAllBytes(path);
        using var packed = new MemoryStream();
        using (Stream stream = entry.Open())
        {
            stream.CopyTo(packed);
        }
        bool same = packed.ToArray().AsSpan().SequenceEqual(expected);
        report.Check(same, id, $"{name} is {Path.GetRelativePath(repository, path)}", $"{name} differs from {path}");
        return same ? Encoding.UTF8.GetString(expected) : null;
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Links();
}
