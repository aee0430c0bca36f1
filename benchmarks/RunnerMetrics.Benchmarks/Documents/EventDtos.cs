using System.Text.Json.Serialization;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>The <c>runner_start</c> event for System.Text.Json, members in the log's order.</summary>
public sealed class RunnerStartDto
{
    public required double Timestamp { get; set; }

    public string Event { get; set; } = "runner_start";

    public required string Flavor { get; set; }

    public required string Workflow { get; set; }

    public required string Repo { get; set; }

    public required string GithubEvent { get; set; }

    public required double Idle { get; set; }
}

/// <summary>The <c>runner_stop</c> event for System.Text.Json; a null <c>status_info</c> is left out.</summary>
public sealed class RunnerStopDto
{
    public required double Timestamp { get; set; }

    public string Event { get; set; } = "runner_stop";

    public required string Flavor { get; set; }

    public required string Workflow { get; set; }

    public required string Repo { get; set; }

    public required string GithubEvent { get; set; }

    public required PostJobStatusDto Status { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReturnCodeDto? StatusInfo { get; set; }

    public required double JobDuration { get; set; }
}
