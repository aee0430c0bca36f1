using RunnerMetrics.Benchmarks.Columns;
using RunnerMetrics.Benchmarks.Documents;

namespace RunnerMetrics.Benchmarks.Parsing;

/// <summary>
/// Rejecting a pre-job document at its last member, after every string was read: the generated parser keeps
/// strings on its tape until the whole document is accepted, so this allocates nothing either.
/// </summary>
[Payload(Document.PreJobLateWrongType)]
public class LateRejectionBenchmarks() : RejectionBenchmarksBase(Document.PreJobLateWrongType);
