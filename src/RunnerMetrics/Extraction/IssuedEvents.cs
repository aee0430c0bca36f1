using RunnerMetrics.Parsing;

namespace RunnerMetrics.Extraction;

/// <summary>How many events of each type a pass delivered.</summary>
/// <param name="RunnerStart">The <c>runner_start</c> events.</param>
/// <param name="RunnerStop">The <c>runner_stop</c> events.</param>
[StrictJson]
public readonly partial record struct IssuedEvents(int RunnerStart, int RunnerStop);
