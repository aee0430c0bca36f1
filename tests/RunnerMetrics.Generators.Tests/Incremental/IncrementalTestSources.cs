namespace RunnerMetrics.Generators.Tests.Incremental;

internal static class IncrementalTestSources
{
    public const string Types = """
        using System.ComponentModel.DataAnnotations;
        using RunnerMetrics.Parsing;

        namespace Samples;

        public enum Status { Normal, Abnormal }

        [StrictJson]
        public partial record struct Exit(int Code);

        [StrictJson(InternStrings = true)]
        public partial record JobEnd([property: Range(0, 10)] double Timestamp, Status Status, Exit? Info, string[] Tags);

        public static class Helpers
        {
            public static int Answer() => 42;
        }
        """;

    /// <summary>Types with errors, so the diagnostics path is exercised too: one gets no code, one a stub (SJ1012).</summary>
    public const string Invalid = """
        using RunnerMetrics.Parsing;

        namespace Samples;

        [StrictJson]
        public class NotPartial
        {
            public System.Guid Id { get; set; }
        }

        [StrictJson]
        public partial class Reserved
        {
            public int Value { get; set; }
            public static int BuildFromTape() => 0;
        }
        """;

    /// <summary>Collections, dictionaries, dates, guids, decimals and an enum used by two types.</summary>
    public const string Collections = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using RunnerMetrics.Parsing;

        namespace Samples.Collections;

        public enum Conclusion { Success, Failure, Cancelled }

        [StrictJson]
        public sealed partial record Step(string Name, Conclusion Conclusion, DateTimeOffset StartedAt);

        [StrictJson]
        public sealed partial class Job
        {
            public Guid Id { get; set; }
            public DateTime CreatedAt { get; set; }
            public DateOnly Day { get; set; }
            public decimal Cost { get; set; }
            public Conclusion? Conclusion { get; set; }
            public List<int[]> Matrix { get; set; } = [];
            public IReadOnlyList<Step> Steps { get; set; } = [];
            public Dictionary<string, List<string?>> Labels { get; set; } = [];
            public ImmutableArray<long> Ids { get; set; }
        }
        """;

    /// <summary>A polymorphic base, derived types (one derived from another) and a list of the base.</summary>
    public const string Polymorphism = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;

        namespace Samples.Events;

        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
        [JsonDerivedType(typeof(Started), "started")]
        [JsonDerivedType(typeof(Stopped), "stopped")]
        [JsonDerivedType(typeof(Crashed), "crashed")]
        public abstract partial class Event
        {
            public double Timestamp { get; set; }
        }

        [StrictJson]
        public sealed partial class Started : Event
        {
            public string Workflow { get; set; } = "";
        }

        [StrictJson]
        public partial class Stopped : Event
        {
            public int Code { get; set; }
        }

        [StrictJson]
        public sealed partial class Crashed : Stopped
        {
            public string Reason { get; set; } = "";
        }

        [StrictJson]
        public sealed partial class Log
        {
            public List<Event> Events { get; set; } = [];
        }
        """;

    /// <summary>A polymorphic base with an error, so its diagnostics are cached too.</summary>
    public const string InvalidPolymorphism = """
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;

        namespace Samples.Events;

        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [JsonDerivedType(typeof(Plain), "plain")]
        public abstract partial class Broken
        {
            public int Id { get; set; }
        }

        public sealed class Plain : Broken
        {
        }
        """;

    public const string Unrelated = """
        namespace Samples;

        public static class Unrelated
        {
            public static int Value() => 1;
        }
        """;
}
