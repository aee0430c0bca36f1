using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Documents.GitHub;

/// <summary>
/// GitHub's <c>workflow_job</c> webhook as a .NET developer would model it: the members they use, the rest
/// (most of the 10 KB: URLs, the repository's 78 members) skipped.
/// </summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowJobEvent(
    WorkflowJobAction Action,
    WorkflowJob WorkflowJob,
    Repository Repository,
    Account Sender,
    Organization? Organization);
