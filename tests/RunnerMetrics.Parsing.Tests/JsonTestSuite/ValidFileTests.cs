using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.JsonTestSuite;

/// <summary>
/// Every <c>y_</c> file of JSONTestSuite is accepted as the value of a skipped unknown member: skipping
/// validates in full but rejects nothing that RFC 8259 allows. (Duplicate names inside a skipped value, as in
/// <c>y_object_duplicated_key</c>, are not the skipping object's members, so they are allowed.)
/// </summary>
public class ValidFileTests
{
    public static TheoryData<string> ValidFiles => TestSuiteFiles.Named("y_");

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_file_is_accepted_as_a_skipped_member_value(string name) =>
        Assert.Null(Expect.Accepted<OnlySkips>(TestSuiteFiles.AsUnknownMemberValue(name)).Id);
}
