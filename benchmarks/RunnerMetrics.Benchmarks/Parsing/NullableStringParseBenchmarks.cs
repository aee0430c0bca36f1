using System.Text;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// Interned strings of a flat type, nullable (<c>string?</c>) against non-nullable, on the same document: both
/// keep a pooled value as the string and compare their last pool slot first, so they should cost the same.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
public class NullableStringParseBenchmarks
{
    private readonly byte[] _document = Encoding.UTF8.GetBytes(
        """{"workflow": "Build and test", "repository": "octo-org/octo-repo", "event": "pull_request", "runner": "runner-17"}""");

    [Benchmark(Baseline = true)]
    public NonNullableStrings NonNullable()
    {
        NonNullableStrings.TryParse(_document, out var value, out StrictJsonError _);
        return value;
    }

    [Benchmark]
    public NullableStrings Nullable()
    {
        NullableStrings.TryParse(_document, out var value, out StrictJsonError _);
        return value;
    }

    [Benchmark]
    public long ReaderLoop() => ReaderFloor.ReadAll(_document);
}
