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
/// Parsing <c>post-job-metrics.json</c> with a nested <c>status_info</c> and an enum. The record has no
/// strings, so the generated parser has no plain/interned split here.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
[Payload(Document.PostJob)]
public class PostJobParseBenchmarks
{
    private readonly byte[] _document = SampleDocuments.PostJob;

    [Benchmark(Baseline = true)]
    public PostJobDto? StjSourceGen() => JsonSerializer.Deserialize(_document, StrictJsonContext.Default.PostJobDto);

    [Benchmark]
    public PostJobDto? StjReflection() => JsonSerializer.Deserialize<PostJobDto>(_document, ReflectionOptions.Strict);

    [Benchmark]
    public PostJobDto? Newtonsoft()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(Encoding.UTF8.GetString(_document)));
        return NewtonsoftSettings.Serializer.Deserialize<PostJobDto>(reader);
    }

    [Benchmark]
    public PostJobMetrics Generated()
    {
        PostJobMetrics.TryParse(_document, out var value, out StrictJsonError _);
        return value;
    }

    [Benchmark]
    public long ReaderLoop() => ReaderFloor.ReadAll(_document);
}
