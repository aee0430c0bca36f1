using RunnerMetrics.Parsing;

namespace RunnerMetrics.Metrics;

/// <summary>The exit code of an abnormally ended job.</summary>
/// <param name="Code">The process exit code.</param>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public readonly partial record struct ReturnCodeInformation(int Code);
