using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.JsonTestSuite;

/// <summary>
/// The <c>i_</c> files of JSONTestSuite, where RFC 8259 lets parsers choose. None makes TryParse throw;
/// this parser's choices: invalid UTF-8 and lone surrogates are rejected, huge numbers are valid syntax
/// (skipped, or rejected by the member that reads them), a BOM and more than 64 levels are rejected.
/// </summary>
public class ImplementationDefinedFileTests
{
    public static TheoryData<string> AllFiles => TestSuiteFiles.Named("i_");

    public static TheoryData<string> StringFiles => TestSuiteFiles.Named("i_string_");

    public static TheoryData<string> ObjectKeyFiles => TestSuiteFiles.Named("i_object_");

    public static TheoryData<string> NumberFiles => TestSuiteFiles.Named("i_number_");

    public static TheoryData<string> StructureFiles => TestSuiteFiles.Named("i_structure_");

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Implementation_defined_file_never_throws(string name)
    {
        Expect.DoesNotThrow<OnlySkips>(TestSuiteFiles.Read(name));
        Expect.DoesNotThrow<OnlySkips>(TestSuiteFiles.AsUnknownMemberValue(name));
        Expect.DoesNotThrow<EveryKind>(TestSuiteFiles.Read(name));
    }

    [Theory]
    [MemberData(nameof(StringFiles))]
    [MemberData(nameof(ObjectKeyFiles))]
    public void Invalid_unicode_is_rejected_when_skipped(string name) =>
        Expect.RejectedAs<OnlySkips>(TestSuiteFiles.AsUnknownMemberValue(name), StrictJsonErrorKind.InvalidJson);

    [Theory]
    [MemberData(nameof(NumberFiles))]
    public void Huge_numbers_are_valid_syntax_when_skipped(string name) =>
        Expect.Accepted<OnlySkips>(TestSuiteFiles.AsUnknownMemberValue(name));

    [Theory]
    [MemberData(nameof(StructureFiles))]
    public void Bom_and_deep_nesting_are_rejected(string name)
    {
        // As a document the 500 nested arrays fail sooner, at the first '[' where an object belongs.
        Expect.Rejected<OnlySkips>(TestSuiteFiles.Read(name));
        Expect.RejectedAs<OnlySkips>(TestSuiteFiles.AsUnknownMemberValue(name), StrictJsonErrorKind.InvalidJson);
    }
}
