using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Generators.Diagnostics;
using Verifier = RunnerMetrics.Generators.Tests.Diagnostics.GeneratorDiagnosticVerifier;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// Each generator diagnostic at its exact span and with its exact message; a type with an error gets no
/// generated source (the verifier expects none).
/// </summary>
public sealed class GeneratorDiagnosticTests
{
    private const string Usings = """
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;

        namespace Samples;

        """;

    [Fact]
    public Task SJ1001_type_not_partial() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public sealed class {|#0:NotPartial|}
        {
            public int Value { get; set; }
        }
        """,
        At(DiagnosticDescriptors.NotPartial, "NotPartial"));

    [Fact]
    public Task SJ1001_record_struct_not_partial() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public record struct {|#0:Point|}(int X, int Y);
        """,
        At(DiagnosticDescriptors.NotPartial, "Point"));

    [Fact]
    public Task SJ1002_unsupported_property_type() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public System.Uri {|#0:Link|} { get; set; } = null!;
        }
        """,
        At(DiagnosticDescriptors.UnsupportedMemberType, "Link", "System.Uri"));

    [Fact]
    public Task SJ1002_unsupported_constructor_parameter_type() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial record Holder(string Name, System.TimeSpan {|#0:Elapsed|});
        """,
        At(DiagnosticDescriptors.UnsupportedMemberType, "Elapsed", "System.TimeSpan"));

    [Fact]
    public Task SJ1002_unsupported_array_element_type() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public System.Collections.Generic.List<System.Collections.Generic.HashSet<int>>? {|#0:Samples|} { get; set; }
        }
        """,
        At(DiagnosticDescriptors.UnsupportedMemberType, "Samples", "System.Collections.Generic.List<System.Collections.Generic.HashSet<int>>?"));

    [Fact]
    public Task SJ1002_dictionary_with_non_string_keys() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial record Holder(System.Collections.Generic.Dictionary<int, string> {|#0:ByCode|});
        """,
        At(DiagnosticDescriptors.UnsupportedMemberType, "ByCode", "System.Collections.Generic.Dictionary<int, string>"));

    [Fact]
    public Task SJ1003_two_members_with_one_json_name() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int First { get; set; }
            [JsonPropertyName("first")]
            public int {|#0:Second|} { get; set; }
        }
        """,
        At(DiagnosticDescriptors.DuplicateJsonName, "First", "Second", "first"));

    [Fact]
    public Task SJ1004_property_without_setter() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int Value { get; set; }
            public int {|#0:Doubled|} => Value * 2;
        }
        """,
        At(DiagnosticDescriptors.MemberNotSettable, "Doubled"));

    [Fact]
    public Task SJ1004_property_with_private_setter() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            public int {|#0:Value|} { get; private set; }
        }
        """,
        At(DiagnosticDescriptors.MemberNotSettable, "Value"));

    [Fact]
    public Task SJ1005_range_on_a_string() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class Holder
        {
            [Range(0, 1)]
            public string {|#0:Name|} { get; set; } = "";
        }
        """,
        At(DiagnosticDescriptors.ConstraintNotApplicable, "Range", "Name", "string"));

    [Fact]
    public Task SJ1005_max_length_on_an_int() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial record Holder([property: MaxLength(3)] int {|#0:Count|});
        """,
        At(DiagnosticDescriptors.ConstraintNotApplicable, "MaxLength", "Count", "int"));

    [Fact]
    public Task SJ1006_nested_type_not_strict_json() => Verifier.VerifyAsync(
        Usings + """
        public sealed class Plain
        {
            public int Value { get; set; }
        }

        [StrictJson]
        public partial class Holder
        {
            public Plain? {|#0:Inner|} { get; set; }
        }
        """,
        At(DiagnosticDescriptors.NestedTypeNotStrictJson, "Inner", "Samples.Plain?"));

    [Fact]
    public Task SJ1006_array_of_a_type_that_is_not_strict_json() => Verifier.VerifyAsync(
        Usings + """
        public sealed class Plain
        {
            public int Value { get; set; }
        }

        [StrictJson]
        public partial record Holder(Plain[] {|#0:Items|});
        """,
        At(DiagnosticDescriptors.NestedTypeNotStrictJson, "Items", "Samples.Plain[]"));

    [Fact]
    public Task SJ1007_two_enum_values_with_one_json_string() => Verifier.VerifyAsync(
        Usings + """
        public enum Status
        {
            Done,
            [JsonStringEnumMemberName("done")]
            Finished,
        }

        [StrictJson]
        public partial record Holder(Status {|#0:Status|});
        """,
        At(DiagnosticDescriptors.DuplicateEnumJsonName, "Done", "Finished", "Status", "done"));

    [Fact]
    public Task SJ1008_generic_type() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public partial class {|#0:Box|}<T>
        {
            public int Value { get; set; }
        }
        """,
        At(DiagnosticDescriptors.UnsupportedTypeShape, "Box", "is generic"));

    [Fact]
    public Task SJ1008_nested_in_a_non_partial_type() => Verifier.VerifyAsync(
        Usings + """
        public static class Outer
        {
            [StrictJson]
            public partial class {|#0:Inner|}
            {
                public int Value { get; set; }
            }
        }
        """,
        At(DiagnosticDescriptors.UnsupportedTypeShape, "Inner", "is nested in 'Outer', which is not partial"));

    [Fact]
    public Task SJ1008_nested_in_a_generic_type() => Verifier.VerifyAsync(
        Usings + """
        public partial class Outer<T>
        {
            [StrictJson]
            public partial class {|#0:Inner|}
            {
                public int Value { get; set; }
            }
        }
        """,
        At(DiagnosticDescriptors.UnsupportedTypeShape, "Inner", "is nested in the generic type 'Outer'"));

    [Fact]
    public Task Several_errors_in_one_type_are_all_reported() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public class {|#0:Holder|}
        {
            public System.Uri {|#1:Link|} { get; set; } = null!;
            public int {|#2:Fixed|} { get; }
        }
        """,
        At(DiagnosticDescriptors.NotPartial, "Holder"),
        new DiagnosticResult(DiagnosticDescriptors.UnsupportedMemberType).WithLocation(1).WithArguments("Link", "System.Uri"),
        new DiagnosticResult(DiagnosticDescriptors.MemberNotSettable).WithLocation(2).WithArguments("Fixed"));

    private static DiagnosticResult At(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params object[] arguments) =>
        new DiagnosticResult(descriptor).WithLocation(0).WithArguments(arguments);
}
