using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using RunnerMetrics.Events;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.SharedFileSystem;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>
/// A base directory, a quarantine directory, an in-memory sink and a capturing logger, fresh for each test,
/// and an <see cref="Extract"/> that fails the test instead of hanging when extraction blocks.
/// </summary>
public abstract class ExtractionTestBase : IDisposable
{
    public const string Flavor = "small";

    /// <summary>The extraction's <c>LoggerMessage</c> event ids (ExtractionLog).</summary>
    protected const int CorruptLogId = 2;
    protected const int NoMetricsLogId = 3;
    protected const int NegativeDurationLogId = 4;
    protected const int RemoveFailedLogId = 6;
    protected const int QuarantineFailedLogId = 7;
    protected const int SinkFailedLogId = 8;

    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(30);

    private protected ExtractionTestBase()
    {
        Temp = new TempDirectory();
        Fleet = new FleetBuilder(Temp.CreateSubdirectory("runner-fs"));
        QuarantineDirectory = Temp.Combine("quarantine");
    }

    private protected TempDirectory Temp { get; }

    private protected FleetBuilder Fleet { get; }

    private protected string QuarantineDirectory { get; }

    private protected InMemoryMetricsSink Sink { get; } = new();

    private protected CapturingLogger<MetricsExtractor> Log { get; } = new();

    private protected MetricsExtractor Extractor(IMetricsSink? sink = null, int flushBatchSize = 256, int workers = 1) =>
        new(
            new MetricsExtractorOptions
            {
                SharedFileSystemDirectory = Fleet.BaseDirectory,
                QuarantineDirectory = QuarantineDirectory,
                FlushBatchSize = flushBatchSize,
                MaxDegreeOfParallelism = workers,
            },
            sink ?? Sink,
            Log);

    /// <summary>One pass into <see cref="Sink"/>, on another thread so a blocking open fails the test instead of hanging it.</summary>
    private protected ExtractionResult Extract(params string[] ignore) => Run(Extractor(), ignore);

    private protected static ExtractionResult Run(MetricsExtractor extractor, params string[] ignore)
    {
        Task<ExtractionResult> pass = Task.Run(() => extractor.Extract(Flavor, new HashSet<string>(ignore, StringComparer.Ordinal)));
        Assert.True(Task.WhenAny(pass, Task.Delay(HangTimeout)).Result == pass, "The extraction did not finish: something blocked.");
        return pass.GetAwaiter().GetResult();
    }

    /// <summary>The delivered lines parsed; call <c>Dispose</c> on none (they are cloned).</summary>
    private protected IReadOnlyList<JsonElement> Events() => ParseLines(Sink.Lines);

    private protected static IReadOnlyList<JsonElement> ParseLines(IEnumerable<string> lines) =>
        [.. lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    /// <summary>Delivered events per runner, through the repository each runner's pre-job metrics names.</summary>
    private protected static ILookup<string, string> EventsByRepository(IEnumerable<string> lines) =>
        ParseLines(lines).ToLookup(e => e.GetProperty("repo").GetString()!, e => e.GetProperty("event").GetString()!);

    private protected string ArchivePath(string runner) => Path.Combine(QuarantineDirectory, runner + ".tar.gz");

    private protected Dictionary<string, ArchivedEntry> Archive(string runner) => ArchiveReader.Read(ArchivePath(runner));

    private protected string[] Archives() =>
        Directory.Exists(QuarantineDirectory) ? [.. Directory.GetFiles(QuarantineDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    /// <summary>Asserts <paramref name="runner"/> was archived and removed and produced no event.</summary>
    private protected Dictionary<string, ArchivedEntry> AssertQuarantined(string runner, ExtractionResult result)
    {
        Assert.False(Fleet.Exists(runner), $"{runner} is still in the base directory");
        Assert.Equal(new ExtractionResult(new IssuedEvents(0, 0), 1, 0, 0), result);
        Assert.Empty(Sink.Lines);
        Assert.Empty(Sink.PendingLines);
        Assert.Equal([runner + ".tar.gz"], Archives());
        Assert.Single(Log.WithId(CorruptLogId));
        Dictionary<string, ArchivedEntry> entries = Archive(runner);
        Assert.All(entries.Keys, name => Assert.StartsWith(runner + "/", name, StringComparison.Ordinal));
        return entries;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Temp.Dispose();
        }
    }
}
