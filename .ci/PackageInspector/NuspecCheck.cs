using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RunnerMetrics.PackageInspector;

/// <summary>The package's metadata: identity, license, README, description, repository and commit, dependencies.</summary>
internal static partial class NuspecCheck
{
    public static void Run(ZipArchive package, string id, InspectionSettings settings, Report report)
    {
        ZipArchiveEntry? entry = package.GetEntry(id + ".nuspec");
        if (entry is null)
        {
            report.Fail(id, $"no {id}.nuspec at the package root");
            return;
        }
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }
        XElement? metadata = XDocument.Parse(text).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
        if (metadata is null)
        {
            report.Fail(id, "the nuspec has no <metadata>");
            return;
        }
        XElement? Element(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name);

        report.Check(Element("id")?.Value == id && Element("version")?.Value == settings.Version, id, $"nuspec id and version {settings.Version}",
            $"nuspec id/version are {Element("id")?.Value}/{Element("version")?.Value}, expected {id}/{settings.Version}");

        XElement? license = Element("license");
        report.Check(license?.Attribute("type")?.Value == "expression" && license.Value == "Apache-2.0", id, "license expression Apache-2.0",
            $"license is {license?.ToString() ?? "missing"}, expected <license type=\"expression\">Apache-2.0</license>");

        report.Check(Element("readme")?.Value == "README.md", id, "readme README.md", $"readme is '{Element("readme")?.Value}', expected README.md");
        report.Check(!string.IsNullOrWhiteSpace(Element("description")?.Value) && !string.IsNullOrWhiteSpace(Element("tags")?.Value), id,
            "description and tags", "no description or no tags");
        report.Check(!Placeholder().IsMatch(text), id, "no placeholder text in the metadata", "placeholder text in the metadata");

        bool generatorDependency = metadata.Descendants().Any(e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "RunnerMetrics.Generators");
        report.Check(!generatorDependency, id, "no dependency on RunnerMetrics.Generators",
            "depends on RunnerMetrics.Generators, which is never published");

        CheckRepository(Element("repository"), id, settings, report);
    }

    private static void CheckRepository(XElement? repository, string id, InspectionSettings settings, Report report)
    {
        string? type = repository?.Attribute("type")?.Value, url = repository?.Attribute("url")?.Value, commit = repository?.Attribute("commit")?.Value;
        if (type != "git" || url != settings.RepositoryUrl)
        {
            report.Fail(id, $"repository is {repository?.ToString() ?? "missing"}, expected type git and url {settings.RepositoryUrl}");
        }
        else if (settings.Commit is null)
        {
            report.Ok(id, $"repository git {url} (not built from a git repository: no commit expected, found '{commit}')");
        }
        else
        {
            report.Check(string.Equals(commit, settings.Commit, StringComparison.Ordinal), id, $"repository git {url} at commit {commit}",
                $"repository commit is '{commit}', expected the built commit {settings.Commit}");
        }
    }

    [GeneratedRegex("TODO|TBD|placeholder|lorem|Package Description", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
