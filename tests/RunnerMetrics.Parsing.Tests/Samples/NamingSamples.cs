using System.Text.Json.Serialization;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>Enum values whose JSON names follow the naming policy of the type that uses them.</summary>
public enum RunnerPhase
{
    Idle,
    BusyWorking,
    HTTPWait,
}

[StrictJson(NamingPolicy = JsonNaming.SnakeCaseLower)]
public sealed partial class SnakeNames
{
    public string WorkflowRunId { get; set; } = "";
    public int HTTPStatusCode { get; set; }
    public RunnerPhase Phase { get; set; }
}

[StrictJson(NamingPolicy = JsonNaming.CamelCase)]
public sealed partial class CamelNames
{
    public string WorkflowRunId { get; set; } = "";
    public int HTTPStatusCode { get; set; }
    public RunnerPhase Phase { get; set; }
}

[StrictJson(NamingPolicy = JsonNaming.KebabCaseLower)]
public sealed partial class KebabNames
{
    public string WorkflowRunId { get; set; } = "";
    public int HTTPStatusCode { get; set; }
    public RunnerPhase Phase { get; set; }
}

[StrictJson(NamingPolicy = JsonNaming.AsDeclared)]
public sealed partial class DeclaredNames
{
    public string WorkflowRunId { get; set; } = "";
    public int HTTPStatusCode { get; set; }
    public RunnerPhase Phase { get; set; }
}

/// <summary>JSON names that need escaping in JSON or quoting in a JSONPath.</summary>
[StrictJson]
public sealed partial class OddNames
{
    [JsonPropertyName("with space")]
    public int WithSpace { get; set; }

    [JsonPropertyName("quo\"te")]
    public int Quote { get; set; }

    [JsonPropertyName("it's")]
    public int Apostrophe { get; set; }

    [JsonPropertyName("back\\slash")]
    public int Backslash { get; set; }

    [JsonPropertyName("dotted.name")]
    public int Dotted { get; set; }

    [JsonPropertyName("ünïcödé ✓ 𝄞")]
    public int Unicode { get; set; }

    [JsonPropertyName("<tag>&amp;")]
    public int Html { get; set; }
}
