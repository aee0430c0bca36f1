using System.IO;
using System.Linq;

namespace RunnerMetrics.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_extracts_its_fleet_and_reports_every_runner()
    {
        var result = CliProcess.Run("demo", "--runners", "5");
        string root = result.StandardOutput.Split('\n').Single(line => line.StartsWith("Everything is kept in ", System.StringComparison.Ordinal))
            ["Everything is kept in ".Length..].Split(';')[0];
        try
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            // 5 valid runners with a stop each, 2 partial ones with a start only, 2 partial ones with no metrics.
            Assert.Contains("Issued 7 runner_start and 5 runner_stop events; 10 runners quarantined, 9 removed, 0 ignored.", result.StandardOutput);
            Assert.Contains("reached no archive", result.StandardOutput);
            Assert.DoesNotContain("left in place", result.StandardOutput);
            Assert.Contains("symlink -> /dev/zero (not followed)", result.StandardOutput);
            Assert.Contains("FIFO (not opened)", result.StandardOutput);
            Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(root, "runner-fs")));
            Assert.Equal(10, Directory.GetFiles(Path.Combine(root, "quarantine"), "*.tar.gz").Length);
            string[] events = File.ReadAllLines(Path.Combine(root, "metrics.log"));
            Assert.Equal(12, events.Length);
            // The fake GitHub API inside the demo: every start has queue_duration, every finished job a conclusion.
            Assert.Equal(7, events.Count(e => e.Contains("\"queue_duration\":", System.StringComparison.Ordinal)));
            Assert.Equal(5, events.Count(e => e.Contains("\"job_conclusion\":", System.StringComparison.Ordinal)));
            Assert.Contains("came from a fake GitHub API", result.StandardOutput, System.StringComparison.Ordinal);
            Assert.DoesNotContain("GitHub lookup", result.StandardError, System.StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
