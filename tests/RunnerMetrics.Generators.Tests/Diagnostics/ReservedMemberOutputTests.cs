using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// What a type with an SJ1012 member gets: a stub when the member collides with a private helper only (the stub
/// declares none), nothing when it collides with a public method (the stub declares those too); either way the
/// compilation has no compiler warning or error, so the SJ1012 is all the user sees. Overloads are left alone.
/// </summary>
public sealed class ReservedMemberOutputTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;
        using RunnerMetrics.Parsing.Runtime;

        namespace Samples;

        """;

    private const string Stub = "has [StrictJson] errors";

    public static TheoryData<string, string> HelperCollisions => new()
    {
        { "public static int BuildFromTape() => 0;", "BuildFromTape()" },
        { "public void TryReadMembers(string name) { }", "TryReadMembers(string)" },
        { "public int StrictJsonMembers() => 0;", "StrictJsonMembers()" },
        { "public Holder(StrictJsonTape tape, int block) { }", "Holder(StrictJsonTape, int)" },
        { "static bool IStrictJsonParsable<Holder>.TryParse(ReadOnlySpan<byte> utf8Json, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Holder value, out StrictJsonError error) => throw new NotSupportedException();", "IStrictJsonParsable<Holder>.TryParse(ReadOnlySpan<byte>, out Holder, out StrictJsonError)" },
        { "void IStrictJsonParsable<Holder>.WriteTo(Utf8JsonWriter writer) { }", "IStrictJsonParsable<Holder>.WriteTo(Utf8JsonWriter)" },
    };

    public static TheoryData<string, string> PublicCollisions => new()
    {
        { "public static bool TryParse(ReadOnlySpan<byte> utf8Json, out Holder? value, out StrictJsonError error) => throw new NotSupportedException();", "TryParse(ReadOnlySpan<byte>, out Holder, out StrictJsonError)" },
        { "public static Holder Parse(ReadOnlySpan<byte> utf8Json) => new();", "Parse(ReadOnlySpan<byte>)" },
        { "public static bool TryRead(ref Utf8JsonReader reader, out Holder? value, out StrictJsonError error) => throw new NotSupportedException();", "TryRead(ref Utf8JsonReader, out Holder, out StrictJsonError)" },
        { "public void WriteTo(Utf8JsonWriter writer) { }", "WriteTo(Utf8JsonWriter)" },
        { "public static int TryParse => 0;", "TryParse" },
    };

    [Theory]
    [MemberData(nameof(HelperCollisions))]
    public void A_private_helper_name_gives_SJ1012_and_a_stub(string member, string display)
    {
        var (result, output) = GeneratorRunner.Run(Holder(member));

        AssertOnlySj1012(result, output, display);
        Assert.Contains(Stub, result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PublicCollisions))]
    public void A_public_method_s_signature_gives_SJ1012_and_no_code(string member, string display)
    {
        var (result, output) = GeneratorRunner.Run(Holder(member));

        AssertOnlySj1012(result, output, display);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Types_nesting_or_dispatching_to_a_type_without_code_get_stubs()
    {
        // TryParse, whose signature names the type: its own WriteTo or Parse would hide the [StrictJson] base's, a
        // warning (CS0108) in the user's code, as it was before SJ1012.
        var (result, output) = GeneratorRunner.Run(Usings + """
            [StrictJson]
            public partial class Holder : Base
            {
                public int Value { get; set; }
                public static bool TryParse(ReadOnlySpan<byte> utf8Json, out Holder? value, out StrictJsonError error) => throw new NotSupportedException();
            }

            [StrictJson]
            public partial record Parent(Holder Child);

            [StrictJson]
            [JsonDerivedType(typeof(Holder), "holder")]
            public abstract partial class Base
            {
                public int Id { get; set; }
            }
            """);

        AssertOnlySj1012(result, output, "TryParse(ReadOnlySpan<byte>, out Holder, out StrictJsonError)");
        Assert.Equal(["Samples.Base.StrictJson.g.cs", "Samples.Parent.StrictJson.g.cs"], result.GeneratedSources.Select(s => s.HintName).Order());
        Assert.All(result.GeneratedSources, s => Assert.Contains(Stub, s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_nesting_a_stubbed_type_keeps_its_parser()
    {
        var (result, output) = GeneratorRunner.Run(Holder("public static int BuildFromTape() => 0;") + """

            [StrictJson]
            public partial record Parent(Holder Child);
            """);

        AssertOnlySj1012(result, output, "BuildFromTape()");
        string parent = result.GeneratedSources.Single(s => s.HintName == "Samples.Parent.StrictJson.g.cs").SourceText.ToString();
        Assert.DoesNotContain(Stub, parent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inherited_member_the_generated_one_would_hide_gives_SJ1012()
    {
        var (result, output) = GeneratorRunner.Run(Usings + """
            public class Base
            {
                protected static Base Parse(ReadOnlySpan<byte> utf8Json) => new();
            }

            [StrictJson]
            public partial class Holder : Base
            {
                public int Value { get; set; }
            }
            """);

        AssertOnlySj1012(result, output, "Base.Parse(ReadOnlySpan<byte>)");
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void An_inherited_member_from_a_referenced_assembly_is_reported_at_the_type()
    {
        var library = Emit(GeneratorRunner.Compile("""
            namespace Library;

            public class Base
            {
                public virtual void WriteTo(System.Text.Json.Utf8JsonWriter writer) { }
            }
            """));
        string source = Usings + """
            [StrictJson]
            public partial class Holder : Library.Base
            {
                public int Value { get; set; }
            }
            """;

        var (result, output) = Run(GeneratorRunner.Compile(source).AddReferences(library));

        AssertOnlySj1012(result, output, "Base.WriteTo(Utf8JsonWriter)");
        int name = source.IndexOf("class Holder", StringComparison.Ordinal) + "class ".Length;
        Assert.Equal(new TextSpan(name, "Holder".Length), result.Diagnostics.Single().Location.SourceSpan);
    }

    [Fact]
    public void Parse_and_WriteTo_of_a_strict_json_base_from_a_referenced_assembly_are_hidden_without_SJ1012()
    {
        var library = Emit(GeneratorRunner.Run("""
            using RunnerMetrics.Parsing;

            namespace Library;

            [StrictJson]
            public partial class Base
            {
                public int Id { get; set; }
            }
            """).Output);
        string source = Usings + """
            [StrictJson]
            public sealed partial class Holder : Library.Base
            {
                public int Value { get; set; }
            }
            """;

        var (result, output) = Run(GeneratorRunner.Compile(source).AddReferences(library));

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(Stub, result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
        Assert.Empty(GeneratorRunner.WarningsAndErrors(output));
    }

    [Fact]
    public void Overloads_with_other_parameters_keep_the_generated_parser()
    {
        var (result, output) = GeneratorRunner.Run(Holder("""
            public static Holder Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));
            public static bool TryParse(ReadOnlySpan<byte> utf8Json, out Holder? value, out string message)
            {
                bool ok = TryParse(utf8Json, out value, out StrictJsonError error);
                message = error.ToString();
                return ok;
            }
            public void WriteTo(Stream stream)
            {
                using var writer = new Utf8JsonWriter(stream);
                WriteTo(writer);
            }
            """));

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(Stub, result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
        Assert.Empty(GeneratorRunner.WarningsAndErrors(output));
    }

    private static string Holder(string member) => Usings + $$"""
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }
            {{member}}
        }
        """;

    /// <summary>The generator reports exactly one SJ1012 for <paramref name="display"/>, and the compiler nothing at all.</summary>
    private static void AssertOnlySj1012(GeneratorRunResult result, Compilation output, string display)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SJ1012", diagnostic.Id);
        Assert.Equal($"The member '{display}' of 'Holder' has a name the generated code declares; rename it", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var compilerDiagnostics = GeneratorRunner.WarningsAndErrors(output);
        Assert.True(compilerDiagnostics.Count == 0, string.Join("\n", compilerDiagnostics));
    }

    private static (GeneratorRunResult Result, Compilation Output) Run(Compilation input)
    {
        var driver = GeneratorRunner.CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    private static MetadataReference Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
