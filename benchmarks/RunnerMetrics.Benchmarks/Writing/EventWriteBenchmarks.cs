using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Events;
using RunnerMetrics.Metrics;

namespace RunnerMetrics.Benchmarks.Writing;

/// <summary>
/// Writing the two per-runner events: the generated <c>WriteTo</c> against System.Text.Json's
/// source-generated serializer. Both reuse one <see cref="Utf8JsonWriter"/> over a reset
/// <see cref="ArrayBufferWriter{T}"/>, as the metrics log sink does, so only the writing is measured.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EventWriteBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private Utf8JsonWriter _writer = null!;

    private readonly RunnerStart _start = new()
    {
        Timestamp = 1700000000.5,
        Flavor = "small",
        Workflow = "CI",
        Repo = "canonical/github-runner-operator",
        GithubEvent = "push",
        Idle = 30.25,
    };

    private readonly RunnerStop _stop = new()
    {
        Timestamp = 1700000190.25,
        Flavor = "small",
        Workflow = "CI",
        Repo = "canonical/github-runner-operator",
        GithubEvent = "push",
        Status = PostJobStatus.Abnormal,
        StatusInfo = new ReturnCodeInformation(143),
        JobDuration = 189.75,
    };

    private readonly RunnerStartDto _startDto = new()
    {
        Timestamp = 1700000000.5,
        Flavor = "small",
        Workflow = "CI",
        Repo = "canonical/github-runner-operator",
        GithubEvent = "push",
        Idle = 30.25,
    };

    private readonly RunnerStopDto _stopDto = new()
    {
        Timestamp = 1700000190.25,
        Flavor = "small",
        Workflow = "CI",
        Repo = "canonical/github-runner-operator",
        GithubEvent = "push",
        Status = PostJobStatusDto.Abnormal,
        StatusInfo = new ReturnCodeDto { Code = 143 },
        JobDuration = 189.75,
    };

    [GlobalSetup]
    public void Setup() => _writer = new Utf8JsonWriter(_buffer);

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("runner_start")]
    public int StartStjSourceGen()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _startDto, StrictJsonContext.Default.RunnerStartDto);
        return Flushed();
    }

    [Benchmark]
    [BenchmarkCategory("runner_start")]
    public int StartGenerated()
    {
        Reset();
        _start.WriteTo(_writer);
        return Flushed();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("runner_stop")]
    public int StopStjSourceGen()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _stopDto, StrictJsonContext.Default.RunnerStopDto);
        return Flushed();
    }

    [Benchmark]
    [BenchmarkCategory("runner_stop")]
    public int StopGenerated()
    {
        Reset();
        _stop.WriteTo(_writer);
        return Flushed();
    }

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private int Flushed()
    {
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
