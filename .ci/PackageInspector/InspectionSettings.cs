using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace RunnerMetrics.PackageInspector;

/// <summary>What the packages are checked against.</summary>
internal sealed class InspectionSettings
{
    private InspectionSettings(string packagesDirectory, string version, string repository, string repositoryUrl)
    {
        PackagesDirectory = packagesDirectory;
        Version = version;
        Repository = repository;
        RepositoryUrl = repositoryUrl;
    }

    /// <summary>The folder <c>dotnet pack</c> wrote to.</summary>
    public string PackagesDirectory { get; }

    /// <summary>The version every package must have.</summary>
    public string Version { get; }

    /// <summary>The repository's root: LICENSE and <c>src/ID/README.md</c> are compared with what was packed.</summary>
    public string Repository { get; }

    /// <summary>The repository URL the nuspec and SourceLink must name.</summary>
    public string RepositoryUrl { get; }

    /// <summary>The commit that was built; null when the sources are not a git repository (no SourceLink then).</summary>
    public string? Commit { get; private set; }

    /// <summary>The files git tracks (repository-relative, '/'-separated); SourceLink can fetch only these.</summary>
    public HashSet<string> TrackedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>A CI build (ContinuousIntegrationBuild): paths are mapped to <c>/_/</c>, so no machine path may remain.</summary>
    public bool ContinuousIntegrationBuild { get; private set; }

    public List<string> PackageIds { get; } = [];

    public static bool TryParse(string[] args, [NotNullWhen(true)] out InspectionSettings? settings, [NotNullWhen(false)] out string? usage)
    {
        settings = null;
        usage = "usage: PackageInspector --packages DIR --version V --repo DIR --repository-url URL [--commit SHA --tracked FILE] [--ci] ID...";
        string? packages = null, version = null, repository = null, repositoryUrl = null, commit = null, tracked = null;
        bool ci = false;
        var ids = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--packages": packages = value; i++; break;
                case "--version": version = value; i++; break;
                case "--repo": repository = value; i++; break;
                case "--repository-url": repositoryUrl = value; i++; break;
                case "--commit": commit = value; i++; break;
                case "--tracked": tracked = value; i++; break;
                case "--ci": ci = true; break;
                default:
                    if (args[i].StartsWith('-'))
                    {
                        return false;
                    }
                    ids.Add(args[i]);
                    break;
            }
        }
        if (packages is null || version is null || repository is null || repositoryUrl is null || ids.Count == 0 || (commit is null) != (tracked is null))
        {
            return false;
        }

        settings = new InspectionSettings(Path.GetFullPath(packages), version, Path.GetFullPath(repository), repositoryUrl)
        {
            Commit = commit,
            ContinuousIntegrationBuild = ci,
        };
        settings.PackageIds.AddRange(ids);
        if (tracked is not null)
        {
            foreach (string line in File.ReadAllLines(tracked))
            {
                settings.TrackedFiles.Add(line);
            }
        }
        usage = null;
        return true;
    }
}
