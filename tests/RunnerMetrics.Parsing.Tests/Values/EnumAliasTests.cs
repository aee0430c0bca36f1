using System.Buffers;
using System.Text;
using System.Text.Json;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Values;

/// <summary>An enum value with two names (<c>Finished = Done</c>) reads under both and writes under the first.</summary>
public class EnumAliasTests
{
    [Theory]
    [InlineData("""{"stage":"done"}""")]
    [InlineData("""{"stage":"finished"}""")]
    public void Both_names_read_as_the_one_value(string json) =>
        Assert.Equal(Stage.Done, Expect.Accepted<StageReport>(json).Stage);

    [Fact]
    public void The_first_name_is_written_and_reads_back()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new StageReport(Stage.Finished).WriteTo(writer);
        }

        Assert.Equal("""{"stage":"done"}""", Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal(new StageReport(Stage.Done), StageReport.Parse(buffer.WrittenSpan));
    }
}
