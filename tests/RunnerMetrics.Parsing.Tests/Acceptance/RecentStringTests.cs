using System.Threading.Tasks;
using RunnerMetrics.Parsing.Runtime;
using RunnerMetrics.Parsing.Tests.Allocation;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Acceptance;

/// <summary>
/// An interned member of a one-pass type compares the pool slot where it last found its value before it hashes:
/// a remembered slot is a hint, so whatever it holds, the member's value is the document's.
/// </summary>
[Collection(AllocationCollection.Name)]
public class RecentStringTests
{
    private static readonly string[] Events = ["push", "pull_request", "schedule", "workflow_dispatch"];

    [Fact]
    public void Members_whose_values_change_on_every_document_read_each_document_s_own_values()
    {
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 40; i++)
            {
                AssertParses(Document(i), i);
            }
        }
    }

    [Fact]
    public void A_remembered_slot_that_the_pool_gave_to_another_string_still_reads_the_right_value()
    {
        AssertParses(Document(1), 1);

        // Far more distinct values than the pool has slots: almost every slot, the remembered ones too, now holds another string.
        for (int i = 0; i < 20_000; i++)
        {
            StrictJsonStringPool.Shared.GetOrAdd(Expect.Utf8($"churn-{i}"));
        }

        AssertParses(Document(1), 1);
        AssertParses(Document(2), 2);
        AssertParses(Document(1), 1);
    }

    [Fact]
    public void Threads_parsing_different_documents_at_once_each_read_their_own_values()
    {
        Parallel.For(0, 8, thread =>
        {
            for (int i = 0; i < 2_000; i++)
            {
                AssertParses(Document((thread * 7) + (i % 5)), (thread * 7) + (i % 5));
            }
        });
    }

    [Fact]
    public void Pooled_values_are_the_pool_s_instances_and_cost_nothing_whichever_document_came_before()
    {
        byte[] first = Document(3);
        byte[] second = Document(4);
        var a = JobStart.Parse(first);
        var b = JobStart.Parse(second);
        Assert.Same(a.Event, JobStart.Parse(first).Event);
        Assert.Same(b.Event, JobStart.Parse(second).Event);
        Assert.Equal(0, Allocations.PerRun(() =>
        {
            JobStart.TryParse(first, out _, out _);
            JobStart.TryParse(second, out _, out _);
        }));
    }

    [Fact]
    public void Nullable_members_read_null_absent_and_changing_values_each_as_its_document_has_it()
    {
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 12; i++)
            {
                string? conclusion = Conclusions[i % Conclusions.Length];
                string? runner = i % 3 == 0 ? null : $"runner-{i % 4}";
                string runnerMember = i % 5 == 0 ? string.Empty : $""", "runner": {Json(runner)}""";
                var value = Expect.Accepted<RunOutcome>($$"""{"conclusion": {{Json(conclusion)}}{{runnerMember}}}""");

                Assert.Equal(new RunOutcome(conclusion, i % 5 == 0 ? "none" : runner), value);
            }
        }
    }

    [Fact]
    public void Nullable_members_are_duplicates_whether_null_came_first_or_second()
    {
        foreach (string json in new[] { """{"conclusion": null, "conclusion": "success"}""", """{"conclusion": "success", "conclusion": null}""" })
        {
            var error = Expect.Rejected<RunOutcome>(json);
            Assert.Equal(StrictJsonErrorKind.DuplicateMember, error.Kind);
            Assert.Equal("$.conclusion", error.Path);
        }

        Expect.RejectedAs<RunOutcome>("""{"conclusion": 1}""", StrictJsonErrorKind.UnexpectedToken);
    }

    [Fact]
    public void Nullable_pooled_values_are_the_pool_s_instances_and_cost_nothing_alternating_with_null()
    {
        byte[] success = Expect.Utf8("""{"conclusion": "success", "runner": "runner-1"}""");
        byte[] none = Expect.Utf8("""{"conclusion": null, "runner": null}""");
        Assert.Same(RunOutcome.Parse(success).Conclusion, RunOutcome.Parse(success).Conclusion);
        Assert.Equal(0, Allocations.PerRun(() =>
        {
            RunOutcome.TryParse(success, out _, out _);
            RunOutcome.TryParse(none, out _, out _);
        }));
    }

    private static readonly string?[] Conclusions = ["success", null, "failure", "cancelled"];

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";

    private static byte[] Document(int i) => Expect.Utf8(
        $$"""{"timestamp": {{i}}.5, "workflow": "Workflow {{i % 6}}", "workflow_run_id": "{{9_000_000_000L + i}}", "repository": "owner/repository-{{i % 9}}", "event": "{{Events[i % Events.Length]}}"}""");

    private static void AssertParses(byte[] document, int i)
    {
        Assert.True(JobStart.TryParse(document, out var value, out var error), error.ToString());
        Assert.Equal(new JobStart(i + 0.5, $"Workflow {i % 6}", $"{9_000_000_000L + i}", $"owner/repository-{i % 9}", Events[i % Events.Length]), value);
    }
}

/// <summary>A flat struct with interned nullable members, one of them optional with a default.</summary>
[StrictJson(InternStrings = true)]
public partial record struct RunOutcome(string? Conclusion, string? Runner = "none");
