using System.Linq;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>A type with an error gets no generated code, while a valid type beside it still gets its own.</summary>
public sealed class InvalidTypeOutputTests
{
    private const string Source = """
        using RunnerMetrics.Parsing;

        namespace Samples;

        [StrictJson]
        public partial record Valid(string Name);

        [StrictJson]
        public partial class UnsupportedMember
        {
            public System.Guid Id { get; set; }
        }

        [StrictJson]
        public class NotPartial
        {
            public int Value { get; set; }
        }

        [StrictJson]
        public partial class Generic<T>
        {
            public int Value { get; set; }
        }
        """;

    [Fact]
    public void Only_the_valid_type_gets_a_generated_file()
    {
        var (result, output) = GeneratorRunner.Run(Source);

        Assert.Equal(["Samples.Valid.StrictJson.g.cs"], result.GeneratedSources.Select(s => s.HintName));
        Assert.Equal(["SJ1002", "SJ1008"], result.Diagnostics.Select(d => d.Id).Order());

        // No cascade: the invalid types compile as written, with no errors from half-generated code.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }
}
