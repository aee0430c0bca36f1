namespace RunnerMetrics.GitHub;

/// <summary>A valid runner to enrich: its directory name (the job's <c>runner_name</c>) and its pre-job metrics' run.</summary>
internal readonly record struct RunnerJobQuery(string Runner, string Repository, string WorkflowRunId);
