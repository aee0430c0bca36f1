using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Metrics;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// Rejecting a bad pre-job document: the generated <c>TryParse</c> returns an error as data, System.Text.Json
/// throws (as every serializer-based reader of untrusted files would). Each derived suite picks the document.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
public abstract class RejectionBenchmarksBase
{
    private readonly byte[] _document;

    protected RejectionBenchmarksBase(Document document) => _document = SampleDocuments.Get(document);

    [Benchmark(Baseline = true)]
    public bool StjSourceGen()
    {
        try
        {
            return JsonSerializer.Deserialize(_document, StrictJsonContext.Default.PreJobDto) is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Benchmark]
    public bool GeneratedInterned() => PreJobMetrics.TryParse(_document, out _, out StrictJsonError _);

    [Benchmark]
    public bool GeneratedPlain() => PlainPreJobMetrics.TryParse(_document, out _, out StrictJsonError _);
}
