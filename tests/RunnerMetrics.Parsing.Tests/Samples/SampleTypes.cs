using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace RunnerMetrics.Parsing.Tests.Samples;

public enum JobStatus
{
    Normal,
    Abnormal,
    [JsonStringEnumMemberName("repo-policy-check-failure")]
    RepoPolicyCheckFailure,
}

[StrictJson]
public partial record struct ExitInfo(int Code);

[StrictJson(UnknownMembers = UnknownMembers.Skip, InternStrings = true)]
public partial record struct JobStart(
    [property: Range(0, double.MaxValue)] double Timestamp,
    string Workflow,
    string WorkflowRunId,
    string Repository,
    string Event);

[StrictJson]
public partial record JobEnd([property: Range(0, double.MaxValue)] double Timestamp, JobStatus Status, ExitInfo? StatusInfo);

[StrictJson(NamingPolicy = JsonNaming.CamelCase)]
public sealed partial class EveryKind
{
    public string Text { get; set; } = "";
    public string? OptionalText { get; set; }
    public bool Flag { get; init; }
    public bool? OptionalFlag { get; init; }
    [Range(-5, 5)]
    public int Small { get; set; }
    public int? OptionalSmall { get; set; }
    public long Big { get; set; }
    public long? OptionalBig { get; set; }
    public double Ratio { get; set; }
    public double? OptionalRatio { get; set; }
    public JobStatus Status { get; set; }
    public JobStatus? OptionalStatus { get; set; }
    public ExitInfo Exit { get; set; }
    public ExitInfo? OptionalExit { get; set; }
    [MinLength(1), MaxLength(3)]
    public string[] Tags { get; set; } = [];
    public int[]? Numbers { get; set; }
    public string?[]? Holes { get; set; }
    public JobStatus[][]? Grid { get; set; }
    public ExitInfo[]? Exits { get; set; }
    [JsonPropertyName("renamed-member")]
    public string? Renamed { get; set; }
    [JsonIgnore]
    public string Ignored { get; set; } = "ignored";
}
