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

    public const string EveryScalarKind = """
        using System;
        using System.ComponentModel.DataAnnotations;
        using RunnerMetrics.Parsing;

        namespace Samples.Scalars;

        [StrictJson]
        public sealed partial class EveryScalar
        {
            public byte Byte { get; set; }
            public sbyte SByte { get; set; }
            public short Short { get; set; }
            public ushort UShort { get; set; }
            [Range(1, 100)]
            public int Int { get; set; }
            public uint UInt { get; set; }
            public long Long { get; set; }
            public ulong? ULong { get; set; }
            public float Float { get; set; }
            public decimal Decimal { get; set; }
            public decimal? OptionalDecimal { get; set; }
            public Guid Id { get; set; }
            public Guid? OptionalId { get; set; }
            public DateTimeOffset CreatedAt { get; set; }
            public DateTime UpdatedAt { get; set; }
            public DateOnly Day { get; set; }
            public DateTimeOffset? CompletedAt { get; set; }
        }
        """;

    public const string NestedCollections = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.ComponentModel.DataAnnotations;
        using RunnerMetrics.Parsing;

        namespace Samples.Collections;

        [StrictJson]
        public sealed partial record Inner(string Name);

        [StrictJson]
        public sealed partial class Nested
        {
            public List<int[]> Matrix { get; set; } = [];
            [MinLength(1)]
            public IReadOnlyList<Inner> Items { get; set; } = [];
            public Dictionary<string, List<string?>> Groups { get; set; } = [];
            public ImmutableArray<long> Ids { get; set; }
            public IReadOnlyDictionary<string, Inner>? ByName { get; set; }
            public IEnumerable<Dictionary<string, Inner[]>>? Deep { get; set; }
        }
        """;

    public const string RequiredInitInherited = """
        using RunnerMetrics.Parsing;

        namespace Samples.Members;

        public abstract class Entity
        {
            public long Id { get; set; }
        }

        [StrictJson]
        public partial record Job(string Name, int Attempt = 1)
        {
            public required string Runner { get; init; }
            public string? Label { get; init; } = "default";
        }

        [StrictJson]
        public sealed partial class Step : Entity
        {
            public required string Name { get; set; }
            public int Number { get; init; }
        }

        [StrictJson]
        public partial class Parent
        {
            public string Owner { get; set; } = "";
        }

        [StrictJson]
        public sealed partial class Child : Parent
        {
            public required int Age { get; init; }
        }
        """;

    public const string Polymorphic = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;

        namespace Samples.Events;

        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
        [JsonDerivedType(typeof(Started), "started")]
        [JsonDerivedType(typeof(Stopped), "stopped")]
        [JsonDerivedType(typeof(Crashed), "crashed")]
        public abstract partial record Event(double Timestamp);

        [StrictJson]
        public partial record Stopped(double Timestamp, int Code) : Event(Timestamp);

        [StrictJson]
        public sealed partial record Crashed(double Timestamp, int Code, string Reason) : Stopped(Timestamp, Code);

        [StrictJson]
        public sealed partial record Started(double Timestamp, string Workflow) : Event(Timestamp);

        [StrictJson]
        public sealed partial class Log
        {
            public List<Event> Events { get; set; } = [];
            public Event? Last { get; set; }
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
