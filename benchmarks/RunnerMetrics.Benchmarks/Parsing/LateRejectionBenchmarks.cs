using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Metrics;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// Rejecting a pre-job document at its last member, after every string was read: the generated parser keeps
/// strings on its tape until the whole document is accepted, so this allocates nothing either.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
[Payload(Document.PreJobLateWrongType)]
public class LateRejectionBenchmarks
{
    private readonly byte[] _document = SampleDocuments.PreJobLateWrongType;

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
