namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>
/// The pre-job document for System.Text.Json and Newtonsoft.Json. A class with settable properties is
/// those serializers' fastest shape; the members are <c>required</c> so a missing one is rejected, as the
/// generated parser does. (The <c>[StrictJson]</c> records can't be used: SJ2001 forbids it.)
/// </summary>
public sealed class PreJobDto
{
    public required double Timestamp { get; set; }

    public required string Workflow { get; set; }

    public required string WorkflowRunId { get; set; }

    public required string Repository { get; set; }

    public required string Event { get; set; }
}
