using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using RunnerMetrics.Events;
using RunnerMetrics.GitHub;
using RunnerMetrics.Metrics;

namespace RunnerMetrics.Tests.GitHub;

/// <summary>The known spellings map to the enums exactly; anything else is unknown, never a guess.</summary>
public sealed class GitHubJobValuesTests
{
    [Theory]
    [InlineData("queued", GitHubJobStatus.Queued)]
    [InlineData("in_progress", GitHubJobStatus.InProgress)]
    [InlineData("completed", GitHubJobStatus.Completed)]
    [InlineData("waiting", GitHubJobStatus.Waiting)]
    [InlineData("requested", GitHubJobStatus.Requested)]
    [InlineData("pending", GitHubJobStatus.Pending)]
    public void Every_known_status_maps(string value, GitHubJobStatus expected)
    {
        Assert.True(GitHubJobValues.TryParseStatus(value, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void Every_conclusion_maps_back_from_the_spelling_runner_stop_writes()
    {
        foreach (var conclusion in Enum.GetValues<GitHubJobConclusion>())
        {
            var stop = new RunnerStop
            {
                Timestamp = 1, Flavor = "f", Workflow = "w", Repo = "o/r", GithubEvent = "push", Status = PostJobStatus.Normal, JobDuration = 1,
                JobConclusion = conclusion,
            };
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                stop.WriteTo(writer);
            }

            using var json = JsonDocument.Parse(buffer.WrittenMemory);
            string written = json.RootElement.GetProperty("job_conclusion").GetString()!;
            Assert.True(GitHubJobValues.TryParseConclusion(written, out var parsed), Encoding.UTF8.GetString(buffer.WrittenSpan));
            Assert.Equal(conclusion, parsed);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Completed")]
    [InlineData("InProgress")]
    [InlineData(" completed")]
    [InlineData("some_future_status")]
    public void Anything_else_is_an_unknown_status(string? value) => Assert.False(GitHubJobValues.TryParseStatus(value, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Success")]
    [InlineData("TimedOut")]
    [InlineData("some_future_conclusion")]
    public void Anything_else_is_an_unknown_conclusion(string? value) => Assert.False(GitHubJobValues.TryParseConclusion(value, out _));
}
