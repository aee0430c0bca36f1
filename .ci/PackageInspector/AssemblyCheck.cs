using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;

namespace RunnerMetrics.PackageInspector;

/// <summary>
/// Each of our assemblies in the package: built deterministically, its PDB embedded, SourceLink mapping its
/// documents to the repository at the built commit, and (in a CI build) no machine path left in it.
/// </summary>
internal static class AssemblyCheck
{
    private static readonly Guid _sourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid _embeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    /// <summary>Assemblies built from this repository (a tool package also carries its dependencies).</summary>
    public static bool IsOurs(string fileName) =>
        fileName.StartsWith("RunnerMetrics", StringComparison.Ordinal) || fileName.StartsWith("runner-metrics.", StringComparison.Ordinal);

    public static void Run(ZipArchive package, string id, InspectionSettings settings, Report report)
    {
        int count = 0;
        foreach (ZipArchiveEntry entry in package.Entries)
        {
            if (entry.FullName.EndsWith(".dll", StringComparison.Ordinal) && IsOurs(entry.Name))
            {
                count++;
                var problems = new List<string>();
                string summary = Inspect(Read(entry), settings, problems);
                if (problems.Count == 0)
                {
                    report.Ok(id, $"{entry.FullName}: {summary}");
                }
                foreach (string problem in problems)
                {
                    report.Fail(id, $"{entry.FullName}: {problem}");
                }
            }
        }
        if (count == 0)
        {
            report.Fail(id, "no assembly of ours in the package");
        }
    }

    private static string Inspect(byte[] image, InspectionSettings settings, List<string> problems)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        ImmutableArray<DebugDirectoryEntry> debugDirectory = pe.ReadDebugDirectory();
        if (!debugDirectory.Any(e => e.Type == DebugDirectoryEntryType.Reproducible))
        {
            problems.Add("not built deterministically (no Reproducible debug directory entry)");
        }
        DebugDirectoryEntry[] embedded = [.. debugDirectory.Where(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb)];
        if (embedded.Length != 1)
        {
            problems.Add("no embedded portable PDB");
            return "";
        }

        byte[] pdbImage = EmbeddedPdb(image, embedded[0]);
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdbImage));
        MetadataReader pdb = provider.GetMetadataReader();
        // Under CI every path is mapped to /_/ (deterministic across machines); elsewhere paths are the repository's own.
        string root = settings.ContinuousIntegrationBuild ? "/_/" : settings.Repository + "/";

        int documents = 0, embeddedSources = 0;
        List<string> unmapped = [], unreachable = [];
        foreach (DocumentHandle handle in pdb.Documents)
        {
            string name = pdb.GetString(pdb.GetDocument(handle).Name);
            bool hasSource = pdb.GetCustomDebugInformation(handle).Any(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind) == _embeddedSourceKind);
            documents++;
            embeddedSources += hasSource ? 1 : 0;
            if (settings.ContinuousIntegrationBuild && !name.StartsWith(root, StringComparison.Ordinal))
            {
                unmapped.Add(name);
            }
            else if (settings.Commit is not null && !hasSource
                && !(name.StartsWith(root, StringComparison.Ordinal) && settings.TrackedFiles.Contains(name[root.Length..])))
            {
                unreachable.Add(name);
            }
        }
        if (unmapped.Count > 0)
        {
            problems.Add($"{unmapped.Count} document path(s) not mapped to {root}, e.g. {string.Join(", ", unmapped.Take(3))}");
        }
        if (unreachable.Count > 0)
        {
            problems.Add($"{unreachable.Count} document(s) neither embedded nor files git tracks (SourceLink can't fetch them), e.g. {string.Join(", ", unreachable.Take(3))}");
        }

        string sourceLink = settings.Commit is null ? "no git repository, no SourceLink expected" : CheckSourceLink(pdb, root, settings, problems);
        if (settings.ContinuousIntegrationBuild)
        {
            byte[] path = Encoding.UTF8.GetBytes(settings.Repository);
            if (image.AsSpan().IndexOf(path) >= 0 || pdbImage.AsSpan().IndexOf(path) >= 0)
            {
                problems.Add($"the assembly or its PDB holds the build machine's path {settings.Repository}");
            }
        }
        string paths = settings.ContinuousIntegrationBuild ? ", no machine path" : "";
        return $"deterministic, PDB embedded ({documents} documents, {embeddedSources} embedded), {sourceLink}{paths}";
    }

    private static string CheckSourceLink(MetadataReader pdb, string root, InspectionSettings settings, List<string> problems)
    {
        string expectedUrl = settings.RepositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal)
            + $"/{settings.Commit}/*";
        foreach (CustomDebugInformationHandle handle in pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            CustomDebugInformation information = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(information.Kind) != _sourceLinkKind)
            {
                continue;
            }
            using JsonDocument json = JsonDocument.Parse(pdb.GetBlobBytes(information.Value));
            List<JsonProperty> mappings = [.. json.RootElement.GetProperty("documents").EnumerateObject()];
            if (mappings.Count == 1 && mappings[0].Name == root + "*" && mappings[0].Value.GetString() == expectedUrl)
            {
                return $"SourceLink {root}* -> {expectedUrl}";
            }
            problems.Add($"SourceLink is {json.RootElement.GetRawText()}, expected {{\"{root}*\": \"{expectedUrl}\"}}");
            return "";
        }
        problems.Add("no SourceLink in the PDB");
        return "";
    }

    /// <summary>An embedded PDB is "MPDB", its uncompressed size (int32), then the PDB deflated.</summary>
    private static byte[] EmbeddedPdb(byte[] image, DebugDirectoryEntry entry)
    {
        var data = new ReadOnlySpan<byte>(image, entry.DataPointer, entry.DataSize);
        if (!data.StartsWith("MPDB"u8))
        {
            throw new InvalidDataException("The embedded PDB entry does not start with MPDB.");
        }
        int size = BitConverter.ToInt32(data.Slice(4, 4));
        byte[] pdb = new byte[size];
        using var deflate = new DeflateStream(new MemoryStream(image, entry.DataPointer + 8, entry.DataSize - 8), CompressionMode.Decompress);
        deflate.ReadExactly(pdb);
        return pdb;
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var copy = new MemoryStream();
        using (Stream stream = entry.Open())
        {
            stream.CopyTo(copy);
        }
        return copy.ToArray();
    }
}
