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

    /// <summary>A type with errors, so the diagnostics path is exercised too.</summary>
    public const string Invalid = """
        using RunnerMetrics.Parsing;

        namespace Samples;

        [StrictJson]
        public class NotPartial
        {
            public System.Guid Id { get; set; }
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
