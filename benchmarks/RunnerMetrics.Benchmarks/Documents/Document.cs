namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>Names a document of <see cref="SampleDocuments"/>, for attributes and columns.</summary>
public enum Document
{
    /// <summary><see cref="SampleDocuments.PreJob"/>.</summary>
    PreJob,

    /// <summary><see cref="SampleDocuments.PostJob"/>.</summary>
    PostJob,

    /// <summary><see cref="SampleDocuments.InstalledTimestamp"/>.</summary>
    InstalledTimestamp,

    /// <summary><see cref="SampleDocuments.PreJobWrongType"/>.</summary>
    PreJobWrongType,

    /// <summary>The pre-job document with its last member wrong, after every string.</summary>
    PreJobLateWrongType,

    /// <summary>GitHub's <c>workflow_job</c> webhook payload (10 KB).</summary>
    WorkflowJobWebhook,
}
