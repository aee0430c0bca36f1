using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Generators.Tests.Infrastructure;

/// <summary>
/// References for test compilations, taken from the running test host so nothing is downloaded: the
/// framework assemblies on its trusted-platform list plus <c>RunnerMetrics.Parsing</c>.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(Load);

    public static ImmutableArray<MetadataReference> All => s_all.Value;

    /// <summary>
    /// An empty reference-assembly set: <c>ReferenceAssemblies.Net.Net80</c> would fetch a package from
    /// NuGet, which is not reachable here. Tests add <see cref="All"/> as additional references instead.
    /// </summary>
    public static ReferenceAssemblies None { get; } = new("net10.0-host");

    private static ImmutableArray<MetadataReference> Load()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        string trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string name = Path.GetFileName(path);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll")
            {
                paths.Add(path);
            }
        }

        paths.Add(typeof(StrictJsonAttribute).Assembly.Location);
        var references = ImmutableArray.CreateBuilder<MetadataReference>(paths.Count);
        foreach (string path in paths)
        {
            references.Add(MetadataReference.CreateFromFile(path));
        }

        return references.MoveToImmutable();
    }
}
