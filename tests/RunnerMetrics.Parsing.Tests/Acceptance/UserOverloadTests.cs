using System.IO;
using System.Text;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

/// <summary>A type's own overloads of Parse, TryParse and WriteTo live beside the generated members and call them.</summary>
public class UserOverloadTests
{
    [Fact]
    public void Generated_members_work_beside_the_type_s_own_overloads()
    {
        var value = Expect.Accepted<WithOverloads>("""{"id":7,"note":"n"}""");
        Assert.Equal(7, value.Id);
        Assert.Equal("n", value.Note);
        Assert.Equal("""{"id":7,"note":"n"}""", Expect.WrittenText(value));
        Expect.Rejected<WithOverloads>("""{"id":7,"id":8}""");
    }

    [Fact]
    public void The_type_s_own_overloads_reach_the_generated_parser_and_writer()
    {
        Assert.Equal(3, WithOverloads.Parse("""{"id":3}""").Id);
        Assert.False(WithOverloads.TryParse("""{"id":"3"}"""u8, out _, out string message));
        Assert.Contains("$.id", message, System.StringComparison.Ordinal);

        using var stream = new MemoryStream();
        new WithOverloads { Id = 5 }.WriteTo(stream);
        Assert.Equal("""{"id":5}""", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
