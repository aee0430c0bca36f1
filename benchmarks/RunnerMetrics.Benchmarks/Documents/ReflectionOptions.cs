using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>The same strict settings as <see cref="StrictJsonContext"/>, but with reflection-based metadata.</summary>
public static class ReflectionOptions
{
    public static readonly JsonSerializerOptions Strict = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Strict)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
