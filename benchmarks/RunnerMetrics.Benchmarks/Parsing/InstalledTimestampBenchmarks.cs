using System;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// Parsing <c>runner-installed.timestamp</c>: the strict byte-level parser against what a naive port of
/// the seed does (decode to a string, trim, <c>double.Parse</c>) and a bare <c>double.TryParse</c> on the
/// trimmed bytes (the floor: no grammar check).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseConfig))]
[Payload(Document.InstalledTimestamp)]
public class InstalledTimestampBenchmarks
{
    private readonly byte[] _document = SampleDocuments.InstalledTimestamp;

    [Benchmark(Baseline = true)]
    public double NaiveString() =>
        double.Parse(Encoding.UTF8.GetString(_document).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    [Benchmark]
    public double Strict()
    {
        InstalledTimestamp.TryParse(_document, out double value);
        return value;
    }

    [Benchmark]
    public double DoubleTryParseFloor()
    {
        double.TryParse(_document.AsSpan().Trim("\n"u8), NumberStyles.Float, CultureInfo.InvariantCulture, out double value);
        return value;
    }
}
