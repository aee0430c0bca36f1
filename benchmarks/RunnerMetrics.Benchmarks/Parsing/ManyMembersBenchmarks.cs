using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Benchmarks.Documents.GitHub;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// An object with thousands of unknown members, skipped (each must still be checked for a repeat): the
/// time per member must stay flat from 4,000 to 64,000 members, as System.Text.Json's does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
public class ManyMembersBenchmarks
{
    private byte[] _document = [];

    [Params(4_000, 64_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup() => _document = ManyMembers.Document(Members);

#pragma warning disable SJ2001 // The baseline is System.Text.Json on the same type, on purpose.
    [Benchmark(Baseline = true)]
    public ManyMembers? StjSourceGen() => JsonSerializer.Deserialize(_document, GitHubJsonContext.Default.ManyMembers);
#pragma warning restore SJ2001

    [Benchmark]
    public ManyMembers? Generated()
    {
        ManyMembers.TryParse(_document, out var value, out StrictJsonError _);
        return value;
    }

    [Benchmark]
    public long ReaderLoop() => ReaderFloor.ReadAll(_document);
}
