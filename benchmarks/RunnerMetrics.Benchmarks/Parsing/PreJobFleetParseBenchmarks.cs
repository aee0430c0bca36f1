using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Metrics;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// The pre-job documents of 64 runners in turn, each member's value different from the document before: what
/// the interned parse costs when a member's last value never matches (it then hashes, as with no memory).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
public class PreJobFleetParseBenchmarks
{
    private const int Runners = 64;
    private readonly byte[][] _documents = SampleDocuments.PreJobFleet;

    [Benchmark(Baseline = true, OperationsPerInvoke = Runners)]
    public int StjSourceGen()
    {
        int length = 0;
        foreach (byte[] document in _documents)
        {
            length += JsonSerializer.Deserialize(document, StrictJsonContext.Default.PreJobDto)!.Workflow.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Runners)]
    public int GeneratedPlain()
    {
        int length = 0;
        foreach (byte[] document in _documents)
        {
            PlainPreJobMetrics.TryParse(document, out var value, out StrictJsonError _);
            length += value.Workflow.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Runners)]
    public int GeneratedInterned()
    {
        int length = 0;
        foreach (byte[] document in _documents)
        {
            PreJobMetrics.TryParse(document, out var value, out StrictJsonError _);
            length += value.Workflow.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Runners)]
    public long ReaderLoop()
    {
        long bytes = 0;
        foreach (byte[] document in _documents)
        {
            bytes += ReaderFloor.ReadAll(document);
        }

        return bytes;
    }
}
