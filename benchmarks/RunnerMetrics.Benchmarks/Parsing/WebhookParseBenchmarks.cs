using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Benchmarks.Documents.GitHub;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// A real-size document: GitHub's 10 KB <c>workflow_job</c> webhook into types with dates, enums, lists and
/// nested objects, most of the payload skipped. Targets: at least 1.5× faster than System.Text.Json
/// source-gen (strict, unknown members skipped), within 2× of the bare reader loop.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
[Payload(Document.WorkflowJobWebhook)]
public class WebhookParseBenchmarks
{
    private readonly byte[] _document = SampleDocuments.WorkflowJobWebhook;

#pragma warning disable SJ2001 // The baseline is System.Text.Json on the same type, on purpose.
    [Benchmark(Baseline = true)]
    public WorkflowJobEvent? StjSourceGen() => JsonSerializer.Deserialize(_document, GitHubJsonContext.Default.WorkflowJobEvent);
#pragma warning restore SJ2001

    [Benchmark]
    public WorkflowJobEvent? Generated()
    {
        WorkflowJobEvent.TryParse(_document, out var value, out StrictJsonError _);
        return value;
    }

    [Benchmark]
    public long ReaderLoop() => ReaderFloor.ReadAll(_document);
}
