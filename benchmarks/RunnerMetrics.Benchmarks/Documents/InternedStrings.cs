using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>Four interned strings that may be null.</summary>
[StrictJson(InternStrings = true)]
public partial record struct NullableStrings(string? Workflow, string? Repository, string? Event, string? Runner);

/// <summary>The same four, never null.</summary>
[StrictJson(InternStrings = true)]
public partial record struct NonNullableStrings(string Workflow, string Repository, string Event, string Runner);
