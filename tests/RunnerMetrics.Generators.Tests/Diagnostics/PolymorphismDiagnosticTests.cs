using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Generators.Diagnostics;
using Verifier = RunnerMetrics.Generators.Tests.Diagnostics.GeneratorDiagnosticVerifier;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// SJ1009-SJ1011 and the abstract case of SJ1008, each at the place the user has to change: the
/// <c>[JsonDerivedType]</c> in question, or the member whose JSON name is the discriminator's. The generated stubs
/// must compile (the verifier fails on any compiler error too).
/// </summary>
public sealed class PolymorphismDiagnosticTests
{
    private const string Usings = """
        using System.Text.Json.Serialization;
        using RunnerMetrics.Parsing;

        namespace Samples;

        """;

    [Fact]
    public Task SJ1009_derived_type_that_is_not_strict_json() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [JsonDerivedType(typeof(Good), "good")]
        [{|#0:JsonDerivedType(typeof(Plain), "plain")|}]
        public abstract partial class Base
        {
            public int Id { get; set; }
        }

        [StrictJson]
        public sealed partial class Good : Base
        {
            public int Extra { get; set; }
        }

        public sealed class Plain : Base
        {
        }
        """,
        At(DiagnosticDescriptors.InvalidDerivedType, "Samples.Plain", "Base", "is not a [StrictJson] type"));

    [Fact]
    public Task SJ1009_derived_type_that_does_not_derive_from_the_base() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [{|#0:JsonDerivedType(typeof(Other), "other")|}]
        public partial class Base
        {
            public int Id { get; set; }
        }

        [StrictJson]
        public sealed partial class Other
        {
            public int Id { get; set; }
        }
        """,
        At(DiagnosticDescriptors.InvalidDerivedType, "Samples.Other", "Base", "does not derive from it"));

    [Fact]
    public Task SJ1009_integer_discriminator() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [{|#0:JsonDerivedType(typeof(Derived), 1)|}]
        public abstract partial class Base
        {
            public int Id { get; set; }
        }

        [StrictJson]
        public sealed partial class Derived : Base
        {
        }
        """,
        At(DiagnosticDescriptors.InvalidDerivedType, "Samples.Derived", "Base", "has no string discriminator"));

    [Fact]
    public Task SJ1009_derived_type_without_a_discriminator() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [{|#0:JsonDerivedType(typeof(Derived))|}]
        public abstract partial class Base
        {
            public int Id { get; set; }
        }

        [StrictJson]
        public sealed partial class Derived : Base
        {
        }
        """,
        At(DiagnosticDescriptors.InvalidDerivedType, "Samples.Derived", "Base", "has no string discriminator"));

    [Fact]
    public Task SJ1009_each_bad_derived_type_at_its_own_attribute() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [{|#0:JsonDerivedType(typeof(Plain), "plain")|}]
        [{|#1:JsonDerivedType(typeof(Numbered), 2)|}]
        public abstract partial class Base
        {
            public int Id { get; set; }
        }

        public sealed class Plain : Base
        {
        }

        [StrictJson]
        public sealed partial class Numbered : Base
        {
        }
        """,
        At(DiagnosticDescriptors.InvalidDerivedType, "Samples.Plain", "Base", "is not a [StrictJson] type"),
        new DiagnosticResult(DiagnosticDescriptors.InvalidDerivedType).WithLocation(1).WithArguments("Samples.Numbered", "Base", "has no string discriminator"));

    [Fact]
    public Task SJ1010_repeated_discriminator_value() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [JsonDerivedType(typeof(First), "same")]
        [{|#0:JsonDerivedType(typeof(Second), "same")|}]
        public abstract partial class Base
        {
            public int Id { get; set; }
        }

        [StrictJson]
        public sealed partial class First : Base
        {
        }

        [StrictJson]
        public sealed partial class Second : Base
        {
        }
        """,
        At(DiagnosticDescriptors.DuplicateDiscriminator, "Samples.First", "Samples.Second", "Base", "same"));

    [Fact]
    public Task SJ1011_discriminator_is_a_member_of_the_base() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [JsonDerivedType(typeof(Derived), "derived")]
        public abstract partial class Base
        {
            public string {|#0:Kind|} { get; set; } = "";
        }

        [StrictJson]
        public sealed partial class Derived : Base
        {
        }
        """,
        // Both types really have the collision (the derived type is parsed on its own too): each says so, at the member.
        At(DiagnosticDescriptors.DiscriminatorCollision, "kind", "Base", "Kind"),
        At(DiagnosticDescriptors.DiscriminatorCollision, "kind", "Derived", "Kind"));

    [Fact]
    public Task SJ1011_discriminator_is_a_member_of_a_derived_type() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [JsonDerivedType(typeof(Fine), "fine")]
        [JsonDerivedType(typeof(Clashing), "clashing")]
        public abstract partial class Base
        {
            public int Id { get; set; }
        }

        [StrictJson]
        public sealed partial class Fine : Base
        {
            public int Extra { get; set; }
        }

        [StrictJson]
        public sealed partial class Clashing : Base
        {
            [JsonPropertyName("kind")]
            public string {|#0:Tag|} { get; set; } = "";
        }
        """,
        At(DiagnosticDescriptors.DiscriminatorCollision, "kind", "Clashing", "Tag"));

    [Fact]
    public Task SJ1011_default_discriminator_name_and_a_positional_record_member() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonDerivedType(typeof(Derived), "derived")]
        public abstract partial record Base([property: JsonPropertyName("$type")] string {|#0:Type|});

        [StrictJson]
        public sealed partial record Derived(int Id) : Base("derived");
        """,
        At(DiagnosticDescriptors.DiscriminatorCollision, "$type", "Base", "Type"),
        At(DiagnosticDescriptors.DiscriminatorCollision, "$type", "Derived", "Type"));

    [Fact]
    public Task SJ1008_abstract_type_without_derived_types() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        public abstract partial class {|#0:Base|}
        {
            public int Id { get; set; }
        }
        """,
        At(DiagnosticDescriptors.UnsupportedTypeShape, "Base", "is abstract and has no [JsonDerivedType]"));

    [Fact]
    public Task SJ1008_abstract_polymorphic_type_without_derived_types() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        public abstract partial record {|#0:Base|}(int Id);
        """,
        At(DiagnosticDescriptors.UnsupportedTypeShape, "Base", "is abstract and has no [JsonDerivedType]"));

    [Fact]
    public Task A_valid_polymorphic_base_has_no_diagnostic() => Verifier.VerifyAsync(
        Usings + """
        [StrictJson]
        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [JsonDerivedType(typeof(Leaf), "leaf")]
        [JsonDerivedType(typeof(Deeper), "deeper")]
        public abstract partial class Base
        {
            public int Id { get; set; }
        }

        [StrictJson]
        public partial class Leaf : Base
        {
            public string Name { get; set; } = "";
        }

        [StrictJson]
        public sealed partial class Deeper : Leaf
        {
            public bool Flag { get; set; }
        }
        """);

    private static DiagnosticResult At(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params object[] arguments) =>
        new DiagnosticResult(descriptor).WithLocation(0).WithArguments(arguments);
}
