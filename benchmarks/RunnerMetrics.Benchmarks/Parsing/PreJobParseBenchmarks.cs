using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Metrics;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// Parsing <c>pre-job-metrics.json</c>: the generated parser (interned and plain) against System.Text.Json
/// (source-generated, the baseline, and reflection), Newtonsoft.Json and a bare reader loop (the floor).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
[Payload(Document.PreJob)]
public class PreJobParseBenchmarks
{
    private readonly byte[] _document = SampleDocuments.PreJob;

    [Benchmark(Baseline = true)]
    public PreJobDto? StjSourceGen() => JsonSerializer.Deserialize(_document, StrictJsonContext.Default.PreJobDto);

    [Benchmark]
    public PreJobDto? StjReflection() => JsonSerializer.Deserialize<PreJobDto>(_document, ReflectionOptions.Strict);

    [Benchmark]
    public PreJobDto? Newtonsoft()
    {
        // Newtonsoft reads UTF-16, so decoding the bytes is part of its cost.
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(Encoding.UTF8.GetString(_document)));
        return NewtonsoftSettings.Serializer.Deserialize<PreJobDto>(reader);
    }

    [Benchmark]
    public PlainPreJobMetrics GeneratedPlain()
    {
        PlainPreJobMetrics.TryParse(_document, out var value, out StrictJsonError _);
        return value;
    }

    [Benchmark]
    public PreJobMetrics GeneratedInterned()
    {
        PreJobMetrics.TryParse(_document, out var value, out StrictJsonError _);
        return value;
    }

    [Benchmark]
    public long ReaderLoop() => ReaderFloor.ReadAll(_document);
}
