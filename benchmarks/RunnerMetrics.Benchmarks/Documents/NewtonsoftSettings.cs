using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>Newtonsoft.Json as strict as it gets: snake_case names, unknown members and missing required ones rejected.</summary>
public static class NewtonsoftSettings
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        MissingMemberHandling = MissingMemberHandling.Error,
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    });
}
