using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnerMetrics.Benchmarks.Documents.GitHub;

/// <summary>
/// System.Text.Json's source generator on the same types, with its strict defaults but unknown members
/// skipped (as the generated parser does here): the baseline on its own ground.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    UseStringEnumConverter = true,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(WorkflowJobEvent))]
[JsonSerializable(typeof(ManyMembers))]
public sealed partial class GitHubJsonContext : JsonSerializerContext;
