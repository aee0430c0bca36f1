using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace RunnerMetrics.PackageInspector;

/// <summary>
/// A package that carries assemblies not of ours has THIRD-PARTY-NOTICES.txt at its root, exactly the repository's
/// <c>src/ID/THIRD-PARTY-NOTICES.txt</c>, and the notices name every such assembly: a new dependency can't ship
/// without its license.
/// </summary>
internal static class ThirdPartyNoticesCheck
{
    private const string FileName = "THIRD-PARTY-NOTICES.txt";

    public static void Run(ZipArchive package, string id, InspectionSettings settings, Report report)
    {
        List<string> thirdParty = [.. package.Entries
            .Where(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !AssemblyCheck.IsOurs(e.Name))
            .Select(e => e.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
        ZipArchiveEntry? entry = package.GetEntry(FileName);
        if (thirdParty.Count == 0)
        {
            report.Check(entry is null, id, "no third-party assemblies, no notices", $"{FileName} in a package with no third-party assembly");
            return;
        }

        if (entry is null)
        {
            report.Fail(id, $"no {FileName} at the package root for {string.Join(", ", thirdParty)}");
            return;
        }

        string packed;
        using (var reader = new StreamReader(entry.Open()))
        {
            packed = reader.ReadToEnd();
        }

        string source = Path.Combine(settings.Repository, "src", id, FileName);
        report.Check(File.Exists(source) && packed == File.ReadAllText(source), id, $"{FileName} is src/{id}/{FileName}", $"{FileName} differs from {source}");
        List<string> unnamed = [.. thirdParty.Where(name => !packed.Contains(name, StringComparison.Ordinal))];
        report.Check(unnamed.Count == 0, id, $"{FileName} names all {thirdParty.Count} third-party assemblies", $"{FileName} does not name {string.Join(", ", unnamed)}");
    }
}
