using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Generators.Diagnostics;
using Verifier = RunnerMetrics.Generators.Tests.Diagnostics.GeneratorDiagnosticVerifier;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// SJ1012 at the member that collides with one the generated code declares, and nothing else: the verifier fails
/// on any compiler error too, so these also prove that no generated code collides with the member (see
/// ReservedMemberOutputTests for what each type gets).
/// </summary>
public sealed class ReservedMemberDiagnosticTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Text.Json;
        using RunnerMetrics.Parsing;
        using RunnerMetrics.Parsing.Runtime;

        namespace Samples;

        """;

    [Fact]
    public Task SJ1012_a_method_named_BuildFromTape() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }
            public static int {|#0:BuildFromTape|}() => 0;
        }
        """,
        At("BuildFromTape()"));

    [Fact]
    public Task SJ1012_a_method_named_TryReadMembers() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }
            public void {|#0:TryReadMembers|}(string name) { }
        }
        """,
        At("TryReadMembers(string)"));

    [Fact]
    public Task SJ1012_an_explicit_implementation_of_IStrictJsonParsable() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }
            void IStrictJsonParsable<Holder>.{|#0:WriteTo|}(Utf8JsonWriter writer) { }
        }
        """,
        At("IStrictJsonParsable<Holder>.WriteTo(Utf8JsonWriter)"));

    [Fact]
    public Task SJ1012_a_nested_type_named_StrictJsonMembers() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial record Holder(int Value)
        {
            public sealed class {|#0:StrictJsonMembers|} { }
        }
        """,
        At("StrictJsonMembers"));

    [Fact]
    public Task SJ1012_the_generated_TryParse() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }

            public static bool {|#0:TryParse|}(ReadOnlySpan<byte> utf8Json, out Holder? value, out StrictJsonError error)
            {
                value = null;
                error = default;
                return false;
            }
        }
        """,
        At("TryParse(ReadOnlySpan<byte>, out Holder, out StrictJsonError)"));

    [Fact]
    public Task SJ1012_the_generated_Parse() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial struct Holder
        {
            public int Value { get; set; }
            public static Holder {|#0:Parse|}(ReadOnlySpan<byte> utf8Json) => default;
        }
        """,
        At("Parse(ReadOnlySpan<byte>)"));

    [Fact]
    public Task SJ1012_the_generated_TryRead_with_other_by_ref_kinds() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }

            // 'in' for 'ref' and 'ref' for 'out': overloads can't differ only in those, so it is the same signature.
            public static bool {|#0:TryRead|}(in Utf8JsonReader reader, ref Holder? value, ref StrictJsonError error) => false;
        }
        """,
        At("TryRead(in Utf8JsonReader, ref Holder, ref StrictJsonError)"));

    [Fact]
    public Task SJ1012_the_generated_WriteTo() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial record struct Holder(int Value)
        {
            public readonly void {|#0:WriteTo|}(Utf8JsonWriter writer) { }
        }
        """,
        At("WriteTo(Utf8JsonWriter)"));

    [Fact]
    public Task SJ1012_a_property_named_like_a_generated_method() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int {|#0:Parse|} { get; set; }
        }
        """,
        At("Parse"));

    [Fact]
    public Task SJ1012_the_generated_constructor() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public {|#0:Holder|}(StrictJsonTape tape, int block) { }
            public int Value { get; set; }
        }
        """,
        At("Holder(StrictJsonTape, int)"));

    [Fact]
    public Task SJ1012_each_colliding_member() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }
            public static int {|#0:BuildFromTape|}() => 0;
            public void {|#1:WriteTo|}(Utf8JsonWriter writer) { }
        }
        """,
        At("BuildFromTape()"),
        new DiagnosticResult(DiagnosticDescriptors.ReservedMemberName).WithLocation(1).WithArguments("WriteTo(Utf8JsonWriter)", "Holder"));

    [Fact]
    public Task SJ1012_an_inherited_member_the_generated_one_would_hide() => Verifier.VerifyAsync(
        Usings + """
        public class Base
        {
            public virtual void {|#0:WriteTo|}(Utf8JsonWriter writer) { }
        }

        [StrictJson]
        public partial class Holder : Base
        {
            public int Value { get; set; }
        }
        """,
        At("Base.WriteTo(Utf8JsonWriter)"));

    [Fact]
    public Task SJ1012_an_inherited_helper_name() => Verifier.VerifyAsync(
        Usings + """
        public class Base
        {
            protected int {|#0:StrictJsonMembers|} { get; set; }
        }

        [StrictJson]
        public partial class Holder : Base
        {
            public int Value { get; set; }
        }
        """,
        At("Base.StrictJsonMembers"));

    [Fact]
    public Task No_SJ1012_for_a_private_member_of_a_base() => Verifier.VerifyAsync(
        Usings + """
        public class Base
        {
            private static int BuildFromTape() => 0;
            private static void Parse(ReadOnlySpan<byte> utf8Json) { }
            public static int Use() => BuildFromTape();
        }

        [StrictJson]
        public partial class Holder : Base
        {
            public int Value { get; set; }
        }
        """);

    [Fact]
    public Task No_SJ1012_for_overloads_with_other_parameters() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }
            public static Holder Parse(string json) => new();
            public static Holder Parse<T>(ReadOnlySpan<byte> utf8Json) => new();
            public static bool TryParse(ReadOnlySpan<byte> utf8Json, out Holder? value, out string message) => throw new NotSupportedException();
            public static bool TryRead(Utf8JsonReader reader, out Holder? value, out StrictJsonError error) => throw new NotSupportedException();
            public void WriteTo(Stream stream) { }
            public void WriteTo(Utf8JsonWriter writer, bool indented) { }
        }
        """);

    [Fact]
    public Task Only_SJ1012_for_a_type_nesting_or_dispatching_to_one_without_code() => Verifier.VerifyAsync(
        """
        using System;
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;

        namespace Samples;

        [StrictJson]
        public partial class Holder : Base
        {
            public int Value { get; set; }
            public static bool {|#0:TryParse|}(ReadOnlySpan<byte> utf8Json, out Holder? value, out StrictJsonError error) => throw new NotSupportedException();
        }

        [StrictJson]
        public partial record Parent(Holder Child, Holder[] Children);

        [StrictJson]
        [JsonDerivedType(typeof(Holder), "holder")]
        public abstract partial class Base
        {
            public int Id { get; set; }
        }
        """,
        At("TryParse(ReadOnlySpan<byte>, out Holder, out StrictJsonError)"));

    private static DiagnosticResult At(string member, string type = "Holder") =>
        new DiagnosticResult(DiagnosticDescriptors.ReservedMemberName).WithLocation(0).WithArguments(member, type);
}
