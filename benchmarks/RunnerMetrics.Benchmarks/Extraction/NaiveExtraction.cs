using System.Globalization;
using System.IO;
using System.Text.Json;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Benchmarks.Extraction;

/// <summary>
/// What a straightforward .NET port of the seed would do: read each file whole as text, deserialize with
/// System.Text.Json (source-generated, strict), delete the directory recursively. It writes no events and
/// checks nothing (links, FIFOs, sizes), so it is a speed reference, not a correct extractor.
/// </summary>
public static class NaiveExtraction
{
    /// <summary>Extracts every runner under <paramref name="runnersDirectory"/>; returns a checksum of what was read.</summary>
    public static double Run(string runnersDirectory)
    {
        double checksum = 0;
        foreach (string directory in Directory.EnumerateDirectories(runnersDirectory))
        {
            string installed = File.ReadAllText(Path.Combine(directory, RunnerFiles.InstalledTimestamp));
            checksum += double.Parse(installed.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            string pre = File.ReadAllText(Path.Combine(directory, RunnerFiles.PreJobMetrics));
            checksum += JsonSerializer.Deserialize(pre, StrictJsonContext.Default.PreJobDto)!.Timestamp;
            string postPath = Path.Combine(directory, RunnerFiles.PostJobMetrics);
            if (File.Exists(postPath))
            {
                checksum += JsonSerializer.Deserialize(File.ReadAllText(postPath), StrictJsonContext.Default.PostJobDto)!.Timestamp;
            }

            Directory.Delete(directory, recursive: true);
        }

        return checksum;
    }
}
