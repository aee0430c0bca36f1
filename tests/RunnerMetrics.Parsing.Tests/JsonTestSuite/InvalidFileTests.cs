using System.Text.Json;
using System.Text.Unicode;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.JsonTestSuite;

/// <summary>
/// Every <c>n_</c> file of JSONTestSuite is rejected, as a whole document and as the value of a skipped
/// unknown member. <see cref="OnlySkips"/> accepts any object without an <c>id</c>, so a rejection here is
/// about the JSON, never about the shape.
/// </summary>
/// <remarks>
/// Embedding as <c>{"unknown": FILE\n}</c>: some files are invalid only because of what follows their
/// first value (<c>[][]</c>, <c>[""],</c>, <c>{"a": true} "x"</c>, <c>{}}</c>). Embedded, that leftover
/// lands between the value and the object's closing brace, where JSON allows only <c>,</c> and another
/// member, so the document stays invalid; an unclosed file (<c>{"a":1</c>) takes the brace and leaves the
/// outer object open. The newline keeps the brace out of a file ending in a comment (<c>//</c>).
/// <see cref="Embedding_keeps_the_file_invalid"/> checks this with System.Text.Json's reader, so that each
/// embedded case tests the skipping code rather than a broken embedding.
/// </remarks>
public class InvalidFileTests
{
    public static TheoryData<string> InvalidFiles => TestSuiteFiles.Named("n_");

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_file_is_rejected_as_a_document(string name) =>
        Expect.Rejected<OnlySkips>(TestSuiteFiles.Read(name));

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_file_is_rejected_as_a_skipped_member_value(string name) =>
        Expect.Rejected<OnlySkips>(TestSuiteFiles.AsUnknownMemberValue(name));

    /// <summary>
    /// The reader (same depth limit) rejects the embedded syntax, or else the file holds invalid UTF-8,
    /// which the reader lets through inside strings and the parser must catch itself.
    /// </summary>
    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Embedding_keeps_the_file_invalid(string name)
    {
        byte[] embedded = TestSuiteFiles.AsUnknownMemberValue(name);
        Assert.True(!ReaderAccepts(embedded) || !Utf8.IsValid(TestSuiteFiles.Read(name)), "the embedded document is valid JSON");
    }

    private static bool ReaderAccepts(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
