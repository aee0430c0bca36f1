using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Snapshots;

/// <summary>The generated code of representative types matches its golden file and compiles cleanly.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Record_struct_with_primary_constructor_interning_and_skip() =>
        VerifyGenerated(nameof(Record_struct_with_primary_constructor_interning_and_skip), SnapshotSources.RecordStruct);

    [Fact]
    public void Class_with_every_member_kind() =>
        VerifyGenerated(nameof(Class_with_every_member_kind), SnapshotSources.EveryKind);

    [Fact]
    public void Type_nested_in_partial_types() =>
        VerifyGenerated(nameof(Type_nested_in_partial_types), SnapshotSources.NestedInPartialClass);

    [Fact]
    public void Type_in_global_namespace() =>
        VerifyGenerated(nameof(Type_in_global_namespace), SnapshotSources.GlobalNamespace);

    [Fact]
    public void Class_with_every_scalar_kind() =>
        VerifyGenerated(nameof(Class_with_every_scalar_kind), SnapshotSources.EveryScalarKind);

    [Fact]
    public void Nested_collections_and_dictionaries() =>
        VerifyGenerated(nameof(Nested_collections_and_dictionaries), SnapshotSources.NestedCollections);

    [Fact]
    public void Required_init_inherited_and_defaulted_members() =>
        VerifyGenerated(nameof(Required_init_inherited_and_defaulted_members), SnapshotSources.RequiredInitInherited);

    [Fact]
    public void Polymorphic_base_with_derived_types() =>
        VerifyGenerated(nameof(Polymorphic_base_with_derived_types), SnapshotSources.Polymorphic);

    [Theory]
    [InlineData("SnakeCaseLower")]
    [InlineData("CamelCase")]
    [InlineData("KebabCaseLower")]
    [InlineData("AsDeclared")]
    public void Naming_policy(string policy) =>
        VerifyGenerated($"{nameof(Naming_policy)}_{policy}", SnapshotSources.WithNamingPolicy(policy));

    private static void VerifyGenerated(string testName, string source)
    {
        var (result, output) = GeneratorRunner.Run(source);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
        Assert.Empty(GeneratorRunner.WarningsAndErrors(output));
        Snapshot.Verify(testName, result);
    }
}
