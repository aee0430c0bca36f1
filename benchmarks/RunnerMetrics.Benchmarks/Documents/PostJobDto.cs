using System.Runtime.Serialization;
using System.Text.Json.Serialization;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>The post-job document for System.Text.Json and Newtonsoft.Json; see <see cref="PreJobDto"/>.</summary>
public sealed class PostJobDto
{
    public required double Timestamp { get; set; }

    public required PostJobStatusDto Status { get; set; }

    public ReturnCodeDto? StatusInfo { get; set; }
}

/// <summary>The <c>status_info</c> object.</summary>
public sealed class ReturnCodeDto
{
    public required int Code { get; set; }
}

/// <summary>The post-job status, read as a snake-case string like the generated parser does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PostJobStatusDto>))]
public enum PostJobStatusDto
{
    [JsonStringEnumMemberName("normal")]
    [EnumMember(Value = "normal")]
    Normal,

    [JsonStringEnumMemberName("abnormal")]
    [EnumMember(Value = "abnormal")]
    Abnormal,

    [JsonStringEnumMemberName("repo-policy-check-failure")]
    [EnumMember(Value = "repo-policy-check-failure")]
    RepoPolicyCheckFailure,
}
