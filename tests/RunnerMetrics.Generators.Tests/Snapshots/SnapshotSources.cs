namespace RunnerMetrics.Generators.Tests.Snapshots;

/// <summary>Representative <c>[StrictJson]</c> declarations whose generated code is kept as golden files.</summary>
internal static class SnapshotSources
{
    public const string RecordStruct = """
        using System.ComponentModel.DataAnnotations;
        using RunnerMetrics.Parsing;

        namespace Samples;

        [StrictJson(UnknownMembers = UnknownMembers.Skip, InternStrings = true)]
        public partial record struct JobStart(
            [property: Range(0, double.MaxValue)] double Timestamp,
            string Workflow,
            string? Repository,
            long RunAttempt);
        """;

    public const string EveryKind = """
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;

        namespace Samples;

        public enum Status
        {
            Normal,
            TimedOut,
            [JsonStringEnumMemberName("repo-policy-check-failure")]
            RepoPolicyCheckFailure,
        }

        [StrictJson]
        public partial record struct Exit(int Code);

        [StrictJson]
        public sealed partial class EveryKind
        {
            public string Text { get; set; } = "";
            public string? OptionalText { get; set; }
            public bool Flag { get; init; }
            public bool? OptionalFlag { get; init; }
            [Range(-5, 5)]
            public int Small { get; set; }
            public int? OptionalSmall { get; set; }
            [Range(0L, 1000000000000L)]
            public long Big { get; set; }
            public long? OptionalBig { get; set; }
            [Range(0.5, 2.5)]
            public double Ratio { get; set; }
            public double? OptionalRatio { get; set; }
            public Status Status { get; set; }
            public Status? OptionalStatus { get; set; }
            public Exit Exit { get; set; }
            public Exit? OptionalExit { get; set; }
            [MinLength(1), MaxLength(3)]
            public string[] Tags { get; set; } = [];
            [MaxLength(2)]
            public string? Bounded { get; set; }
            public int[]? Numbers { get; set; }
            public string?[]? Holes { get; set; }
            public Status[][]? Grid { get; set; }
            public Exit[]? Exits { get; set; }
            public long?[][]? Jagged { get; init; }
            [JsonPropertyName("renamed-member")]
            public string? Renamed { get; set; }
            [JsonIgnore]
            public string Ignored { get; set; } = "ignored";
        }
        """;

    public const string NestedInPartialClass = """
        using RunnerMetrics.Parsing;

        namespace Samples.Nested;

        public static partial class Outer
        {
            internal partial struct Middle
            {
                [StrictJson]
                public partial record Inner(string Name, Inner? Child);
            }
        }
        """;

    public const string GlobalNamespace = """
        using RunnerMetrics.Parsing;

        [StrictJson]
        public partial class GlobalType
        {
            public int Value { get; set; }
        }
        """;

    public static string WithNamingPolicy(string policy) => $$"""
        using RunnerMetrics.Parsing;

        namespace Samples.Naming;

        public enum RunnerKind
        {
            SelfHosted,
            GitHubHosted,
        }

        [StrictJson(NamingPolicy = JsonNaming.{{policy}})]
        public partial record Named(string WorkflowRunId, RunnerKind RunnerKind, int HTTPStatusCode, bool IsOK);
        """;
}
