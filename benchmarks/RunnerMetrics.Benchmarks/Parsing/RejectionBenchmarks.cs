using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>Rejecting a pre-job document whose timestamp, its first member, is a string: both parsers stop early.</summary>
[Payload(Document.PreJobWrongType)]
public class RejectionBenchmarks() : RejectionBenchmarksBase(Document.PreJobWrongType);
