using RunnerMetrics.Parsing.Tests.Polymorphism;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Allocation;

/// <summary>A rejected polymorphic document allocates nothing, wherever the error stands (base, derived, list).</summary>
[Collection(AllocationCollection.Name)]
public class PolymorphicRejectionAllocationTests
{
    public static TheoryData<string, StrictJsonErrorKind> ShapeRejections => new()
    {
        { """{"name":"a long name for a shape that would be allocated","radius":1}""", StrictJsonErrorKind.MissingMember },
        { """{"name":"a long name for a shape that would be allocated","kind":"oval"}""", StrictJsonErrorKind.InvalidValue },
        { """{"kind":"circle","name":"a long name for a shape that would be allocated","kind":"circle","radius":1}""", StrictJsonErrorKind.DuplicateMember },
        { """{"name":"a long name for a shape that would be allocated","kind":1}""", StrictJsonErrorKind.UnexpectedToken },
        { """{"name":"a long name for a shape that would be allocated","radius":"1","kind":"circle"}""", StrictJsonErrorKind.UnexpectedToken },
        { """{"kind":"square","name":"a long name for a shape that would be allocated","width":1,"height":1}""", StrictJsonErrorKind.MissingMember },
        { """{"kind":"circle","name":"a long name for a shape that would be allocated","radius":1,"width":2}""", StrictJsonErrorKind.UnknownMember },
    };

    [Theory]
    [MemberData(nameof(ShapeRejections))]
    public void Rejecting_a_polymorphic_document_allocates_nothing(string json, StrictJsonErrorKind kind)
    {
        byte[] bytes = Expect.Utf8(json);
        Assert.Equal(kind, Expect.Rejected<Shape>(bytes).Kind);
        Assert.Equal(0, Allocations.PerRun(() => Shape.TryParse(bytes, out _, out _)));
    }

    [Fact]
    public void Rejecting_a_list_of_bases_late_allocates_nothing()
    {
        byte[] bytes = Expect.Utf8("""
            {"shapes":[
              {"kind":"circle","name":"first shape with a long name","radius":1},
              {"name":"second shape with a long name","width":2,"height":3,"kind":"rectangle"},
              {"name":"third shape with a long name","kind":"square","width":4,"height":4,"rounded":"yes"}
            ]}
            """);
        var error = Expect.Rejected<Drawing>(bytes);
        Assert.Equal((StrictJsonErrorKind.UnexpectedToken, "$.shapes[2].rounded"), (error.Kind, error.Path));
        Assert.Equal(0, Allocations.PerRun(() => Drawing.TryParse(bytes, out _, out _)));
    }

    [Fact]
    public void Rejecting_a_derived_type_parsed_on_its_own_allocates_nothing()
    {
        byte[] bytes = Expect.Utf8("""{"name":"a long name for a shape that would be allocated","kind":"rectangle","radius":1}""");
        Assert.Equal(StrictJsonErrorKind.InvalidValue, Expect.Rejected<Circle>(bytes).Kind);
        Assert.Equal(0, Allocations.PerRun(() => Circle.TryParse(bytes, out _, out _)));
    }
}
