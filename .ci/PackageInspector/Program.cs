using System;
using System.IO;
using System.IO.Compression;

namespace RunnerMetrics.PackageInspector;

/// <summary>
/// <c>PackageInspector --packages DIR --repo DIR --repository-url URL [--commit SHA --tracked FILE] [--ci] ID...</c>:
/// checks <c>ID.*.nupkg</c> in DIR for each package id; exits 1 when any check fails, 2 on bad arguments.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (!InspectionSettings.TryParse(args, out InspectionSettings? settings, out string? usage))
        {
            Console.Error.WriteLine($"package-inspector: {usage}");
            return 2;
        }

        var report = new Report();
        foreach (string id in settings.PackageIds)
        {
            string[] found = Directory.GetFiles(settings.PackagesDirectory, $"{id}.{settings.Version}.nupkg");
            if (found.Length != 1)
            {
                report.Fail(id, $"{id}.{settings.Version}.nupkg not found in {settings.PackagesDirectory}");
                continue;
            }

            using ZipArchive package = ZipFile.OpenRead(found[0]);
            NuspecCheck.Run(package, id, settings, report);
            PackageFilesCheck.Run(package, id, settings, report);
            ThirdPartyNoticesCheck.Run(package, id, settings, report);
            AssemblyCheck.Run(package, id, settings, report);
        }

        Console.WriteLine(report.Failures == 0
            ? $"package-inspector: all checks passed ({report.Passes} checks)"
            : $"package-inspector: {report.Failures} failure(s), {report.Passes} checks passed");
        return report.Failures == 0 ? 0 : 1;
    }
}
