namespace RunnerMetrics.Parsing.Tests.GitHub;

/// <summary>What happened to the job (the webhook's <c>action</c>).</summary>
public enum WorkflowJobAction
{
    Queued,
    InProgress,
    Completed,
    Waiting,
}

/// <summary>
/// The <c>workflow_job</c> webhook payload, typed the way a .NET developer would write it: the members an
/// application uses, everything else (dozens of URLs) skipped.
/// </summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record WorkflowJobEvent
{
    public required WorkflowJobAction Action { get; init; }
    public required WorkflowJob WorkflowJob { get; init; }
    public required Repository Repository { get; init; }
    public Organization? Organization { get; init; }
    public required User Sender { get; init; }
    public Installation? Installation { get; init; }
    public Deployment? Deployment { get; init; }
}
