using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// A <c>[StrictJson]</c> type that gets no generated members (its own SJ diagnostic says why) must not break the
/// code of the types around it: a base that dispatches to it or a type derived from it compiles without a
/// compiler warning or error. A <c>[StrictJson]</c> type from a referenced assembly has its members and is used.
/// </summary>
public sealed class TypeWithoutCodeTests
{
    private const string Usings = """
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;

        namespace Samples;

        """;

    [Fact]
    public void A_base_listing_a_derived_type_without_code_gets_a_stub()
    {
        var (result, output) = GeneratorRunner.Run(Usings + """
            [StrictJson]
            [JsonDerivedType(typeof(NotPartial), "not_partial")]
            public abstract partial class Base
            {
                public int Id { get; set; }
            }

            [StrictJson]
            public sealed class NotPartial : Base
            {
            }
            """);

        Assert.Equal(["Samples.Base.StrictJson.g.cs"], result.GeneratedSources.Select(s => s.HintName));
        Assert.Contains("has [StrictJson] errors", result.GeneratedSources[0].SourceText.ToString(), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorRunner.WarningsAndErrors(output));
    }

    [Fact]
    public void A_type_derived_from_a_base_without_code_hides_nothing()
    {
        var (result, output) = GeneratorRunner.Run(Usings + """
            [StrictJson]
            public class NotPartial
            {
                public int Id { get; set; }
            }

            [StrictJson]
            public sealed partial class Derived : NotPartial
            {
                public int Extra { get; set; }
            }
            """);

        Assert.Equal(["Samples.Derived.StrictJson.g.cs"], result.GeneratedSources.Select(s => s.HintName));
        string generated = result.GeneratedSources[0].SourceText.ToString();
        Assert.DoesNotContain("public static new ", generated, System.StringComparison.Ordinal);
        Assert.DoesNotContain("public new void WriteTo", generated, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorRunner.WarningsAndErrors(output));
    }

    [Fact]
    public void A_member_of_a_strict_json_type_from_a_referenced_assembly_is_parsed_not_stubbed()
    {
        var library = Emit(GeneratorRunner.Run("""
            using RunnerMetrics.Parsing;

            namespace Library;

            [StrictJson]
            public sealed partial class Inner
            {
                public int Value { get; set; }
            }
            """).Output);
        var input = GeneratorRunner.Compile("""
            using RunnerMetrics.Parsing;

            namespace Samples;

            [StrictJson]
            public sealed partial class Outer
            {
                public Library.Inner Child { get; set; } = null!;
            }
            """).AddReferences(library);

        var driver = GeneratorRunner.CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out _);

        string generated = driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.DoesNotContain("has [StrictJson] errors", generated, System.StringComparison.Ordinal);
        Assert.Contains("global::Library.Inner", generated, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorRunner.WarningsAndErrors(output));
    }

    private static MetadataReference Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
