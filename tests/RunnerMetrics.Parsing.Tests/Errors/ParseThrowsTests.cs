using System;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Errors;

public class ParseThrowsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"status": "normal"}""")]
    [InlineData("""{"timestamp": "1", "status": "normal"}""")]
    [InlineData("""{"timestamp": 1, "status": "normal", "status_info": {"code": 1e2}}""")]
    public void Parse_throws_a_FormatException_carrying_the_TryParse_error(string json)
    {
        byte[] bytes = Expect.Utf8(json);
        Assert.False(JobEnd.TryParse(bytes, out _, out var error));
        var exception = Assert.Throws<StrictJsonException>(() => JobEnd.Parse(bytes));
        Assert.IsAssignableFrom<FormatException>(exception);
        Assert.Equal(error, exception.Error);
        Assert.Equal(error.ToString(), exception.Message);
    }

    [Fact]
    public void Parse_returns_the_value_TryParse_gives()
    {
        byte[] bytes = Expect.Utf8("""{"timestamp": 1, "status": "abnormal", "status_info": {"code": 143}}""");
        Assert.True(JobEnd.TryParse(bytes, out var tried, out _));
        Assert.Equal(tried, JobEnd.Parse(bytes));
    }

    [Fact]
    public void Failed_TryParse_gives_default_value()
    {
        Assert.False(JobEnd.TryParse("{}"u8, out var value, out _));
        Assert.Null(value);
        Assert.False(ExitInfo.TryParse("{}"u8, out var exit, out _));
        Assert.Equal(default, exit);
    }
}
