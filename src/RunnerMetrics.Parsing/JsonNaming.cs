namespace RunnerMetrics.Parsing;

/// <summary>How C# member and enum value names become JSON names, unless a <c>JsonPropertyName</c> or <c>JsonStringEnumMemberName</c> says otherwise.</summary>
public enum JsonNaming
{
    /// <summary><c>WorkflowRunId</c> becomes <c>workflow_run_id</c>.</summary>
    SnakeCaseLower,

    /// <summary><c>WorkflowRunId</c> becomes <c>workflowRunId</c>.</summary>
    CamelCase,

    /// <summary><c>WorkflowRunId</c> becomes <c>workflow-run-id</c>.</summary>
    KebabCaseLower,

    /// <summary>The C# name is the JSON name.</summary>
    AsDeclared,
}
