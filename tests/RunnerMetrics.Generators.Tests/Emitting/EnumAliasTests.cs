using System.Linq;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Emitting;

/// <summary>An enum with two names for one value (an alias) still gets code that compiles.</summary>
public sealed class EnumAliasTests
{
    [Fact]
    public void Enum_with_an_alias_generates_code_that_compiles()
    {
        var (result, output) = GeneratorRunner.Run("""
            using RunnerMetrics.Parsing;

            namespace Samples;

            public enum Status
            {
                Done = 1,
                Finished = Done,
                Failed = 2,
            }

            [StrictJson]
            public partial record Job(Status Status);
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.GeneratedSources.Length);
        string generated = result.GeneratedSources.Single(s => s.HintName.Contains("Samples_Status", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Empty(GeneratorRunner.WarningsAndErrors(output));

        // Both names are read; the shared value is written under its first name only.
        Assert.Contains("\"finished\"u8", generated, System.StringComparison.Ordinal);
        Assert.Contains("global::Samples.Status.@Done => ", generated, System.StringComparison.Ordinal);
        Assert.DoesNotContain("global::Samples.Status.@Finished => ", generated, System.StringComparison.Ordinal);
    }
}
