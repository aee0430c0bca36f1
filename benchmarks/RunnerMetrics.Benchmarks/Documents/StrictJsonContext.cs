using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>
/// System.Text.Json source generation with the strictest built-in settings: .NET 10's
/// <see cref="JsonSerializerDefaults.Strict"/> (unmapped members, duplicate properties and null for
/// non-nullable members rejected, required constructor parameters enforced) and snake_case names.
/// This is the baseline the generated parser is judged against.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(PreJobDto))]
[JsonSerializable(typeof(PostJobDto))]
[JsonSerializable(typeof(RunnerStartDto))]
[JsonSerializable(typeof(RunnerStopDto))]
public sealed partial class StrictJsonContext : JsonSerializerContext;
