using System.Linq;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// A type with an error gets a stub that only throws (so types nesting it compile), a type that can't take code
/// gets none, and a valid type beside them still gets its own: the user sees the SJ diagnostics and nothing else.
/// </summary>
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
            public System.Uri Id { get; set; } = null!;
        }

        [StrictJson]
        public partial record Parent(UnsupportedMember Child, NotPartial Other);

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
    public void Invalid_types_get_stubs_or_nothing_and_no_cascade()
    {
        var (result, output) = GeneratorRunner.Run(Source);

        Assert.Equal(
            ["Samples.Parent.StrictJson.g.cs", "Samples.UnsupportedMember.StrictJson.g.cs", "Samples.Valid.StrictJson.g.cs"],
            result.GeneratedSources.Select(s => s.HintName).Order());
        Assert.Equal(["SJ1002", "SJ1008"], result.Diagnostics.Select(d => d.Id).Order());
        string stub = result.GeneratedSources.Single(s => s.HintName == "Samples.UnsupportedMember.StrictJson.g.cs").SourceText.ToString();
        Assert.Contains("throw new global::System.InvalidOperationException", stub, System.StringComparison.Ordinal);

        // No cascade: the invalid types compile as written, with no errors from half-generated code.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }
}
