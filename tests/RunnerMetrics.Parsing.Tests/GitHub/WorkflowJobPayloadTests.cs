using System;
using System.Linq;
using System.Text;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.GitHub;

/// <summary>GitHub's real <c>workflow_job</c> webhook payloads, read into the types a .NET developer would write.</summary>
public class WorkflowJobPayloadTests
{
    public static TheoryData<string> Payloads => GitHubPayloads.All();

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Every_payload_parses(string file)
    {
        var payload = Expect.Accepted<WorkflowJobEvent>(GitHubPayloads.Read(file));

        Assert.Equal(payload.WorkflowJob.Steps.Count, payload.WorkflowJob.Steps.Select(step => step.Number).Distinct().Count());
        Assert.NotEmpty(payload.WorkflowJob.Labels);
        Assert.EndsWith("/" + payload.Repository.Name, payload.Repository.FullName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_job_has_its_conclusion_steps_dates_and_actors()
    {
        var payload = Expect.Accepted<WorkflowJobEvent>(GitHubPayloads.Read(GitHubPayloads.CompletedFailure));
        var job = payload.WorkflowJob;

        Assert.Equal(WorkflowJobAction.Completed, payload.Action);
        Assert.Equal((289782451L, 2202229078L, 1), (job.Id, job.RunId, job.RunAttempt));
        Assert.Equal((WorkflowJobStatus.Completed, WorkflowConclusion.Failure), (job.Status, job.Conclusion));
        Assert.Equal(new DateTimeOffset(2021, 8, 5, 10, 33, 58, TimeSpan.Zero), job.CreatedAt);
        Assert.Equal(new DateTimeOffset(2021, 8, 5, 10, 38, 16, TimeSpan.Zero), job.CompletedAt);
        Assert.Equal(TimeSpan.Zero, job.CompletedAt!.Value.Offset);
        Assert.Equal(["ubuntu-latest"], job.Labels);
        Assert.Equal((5L, "GitHub Actions 5", 2L), (job.RunnerId, job.RunnerName, job.RunnerGroupId));

        Assert.Equal(12, job.Steps.Count);
        Assert.Equal(new WorkflowStep
        {
            Name = "Run yarn run format-check",
            Status = WorkflowStepStatus.Completed,
            Conclusion = WorkflowConclusion.Failure,
            Number = 8,
            StartedAt = job.Steps[7].StartedAt,
            CompletedAt = job.Steps[7].CompletedAt,
        }, job.Steps[7]);
        Assert.Equal(WorkflowConclusion.Skipped, job.Steps[8].Conclusion);
        Assert.Equal(new DateTimeOffset(2021, 8, 5, 10, 26, 8, TimeSpan.Zero), job.Steps[0].StartedAt);

        Assert.Equal(("Octocoders", UserType.Organization), (payload.Repository.Owner.Login, payload.Repository.Owner.Type));
        Assert.Equal(("Codertocat", UserType.User), (payload.Sender.Login, payload.Sender.Type));
        Assert.Equal("Octocoders", payload.Organization?.Login);
        Assert.Null(payload.Installation);
        Assert.Null(payload.Deployment);
        Assert.Equal(RepositoryVisibility.Public, payload.Repository.Visibility);
        Assert.Empty(payload.Repository.Topics);
        Assert.Null(payload.Repository.License);
    }

    [Fact]
    public void A_job_in_progress_has_queued_steps_without_dates_or_conclusion()
    {
        var job = Expect.Accepted<WorkflowJobEvent>(GitHubPayloads.Read(GitHubPayloads.InProgressWithQueuedSteps)).WorkflowJob;

        Assert.Equal((WorkflowJobStatus.InProgress, (WorkflowConclusion?)null, (DateTimeOffset?)null), (job.Status, job.Conclusion, job.CompletedAt));
        Assert.Equal(9, job.Steps.Count);
        Assert.Equal(
            new WorkflowStep { Name = job.Steps[^1].Name, Status = WorkflowStepStatus.Queued, Number = 14 },
            job.Steps[^1]);
        Assert.Equal(WorkflowStepStatus.InProgress, Expect.Accepted<WorkflowJobEvent>(GitHubPayloads.Read(GitHubPayloads.InProgress)).WorkflowJob.Steps.Single().Status);
    }

    [Fact]
    public void A_job_waiting_for_a_deployment_has_the_deployment_and_its_app()
    {
        var payload = Expect.Accepted<WorkflowJobEvent>(GitHubPayloads.Read(GitHubPayloads.QueuedWithDeployment));

        Assert.Equal((WorkflowJobAction.Queued, WorkflowJobStatus.Waiting), (payload.Action, payload.WorkflowJob.Status));
        Assert.Equal(["self-hosted", "k8s"], payload.WorkflowJob.Labels);
        Assert.Empty(payload.WorkflowJob.Steps);
        Assert.Equal((null, null, null), (payload.WorkflowJob.RunnerId, payload.WorkflowJob.RunnerName, payload.WorkflowJob.RunnerGroupId));

        var deployment = payload.Deployment!;
        Assert.Equal((875096709L, "Test", (string?)null), (deployment.Id, deployment.Environment, deployment.Description));
        Assert.Equal(new DateTimeOffset(2023, 4, 19, 21, 12, 14, TimeSpan.Zero), deployment.UpdatedAt);
        var app = deployment.PerformedViaGitHubApp!;
        Assert.Equal(("github-actions", UserType.Organization), (app.Slug, app.Owner?.Type));
        Assert.Equal(33, app.Events.Length);
        Assert.Equal(PermissionLevel.Read, app.Permissions["metadata"]);
        Assert.Equal(PermissionLevel.Write, app.Permissions["actions"]);
        Assert.Equal(("mit", "MIT"), (payload.Repository.License?.Key, payload.Repository.License?.SpdxId));
        Assert.Equal(23154469L, payload.Installation?.Id);
    }

    public static TheoryData<string, string, string, StrictJsonErrorKind, string> ChangedMembers => new()
    {
        { "\"run_attempt\": 1,", "\"run_attempt\": \"1\",", "\"1\"", StrictJsonErrorKind.UnexpectedToken, "$.workflow_job.run_attempt" },
        { "\"id\": 289782451,", "\"id\": 289782451.5,", "289782451.5", StrictJsonErrorKind.InvalidValue, "$.workflow_job.id" },
        { "\"status\": \"completed\",", "\"status\": \"done\",", "\"done\"", StrictJsonErrorKind.InvalidValue, "$.workflow_job.status" },
        { "\"created_at\": \"2021-08-05T10:33:58Z\"", "\"created_at\": \"2021-08-05 10:33:58Z\"", "\"2021-08-05 10", StrictJsonErrorKind.InvalidValue, "$.workflow_job.created_at" },
        { "\"number\": 3,", "\"number\": [3],", "[3]", StrictJsonErrorKind.UnexpectedToken, "$.workflow_job.steps[2].number" },
        { "\"completed_at\": \"2021-08-05T10:26:12.000Z\"", "\"completed_at\": 1628159172", "1628159172", StrictJsonErrorKind.UnexpectedToken, "$.workflow_job.steps[1].completed_at" },
        { "\"ubuntu-latest\"", "null", "null", StrictJsonErrorKind.UnexpectedToken, "$.workflow_job.labels[0]" },
        { "\"private\": false,", "\"private\": \"false\",", "\"false\"", StrictJsonErrorKind.UnexpectedToken, "$.repository.private" },
        { "\"type\": \"Organization\",", "\"type\": \"organization\",", "\"organization\"", StrictJsonErrorKind.InvalidValue, "$.repository.owner.type" },
        { "\"topics\": [],", "\"topics\": {},", "{}", StrictJsonErrorKind.UnexpectedToken, "$.repository.topics" },
    };

    [Theory]
    [MemberData(nameof(ChangedMembers))]
    public void A_payload_with_one_member_of_another_type_is_rejected_at_that_member(string original, string changed, string marker, StrictJsonErrorKind kind, string path)
    {
        string json = GitHubPayloads.Text(GitHubPayloads.CompletedFailure);
        int at = json.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, original);
        json = json[..at] + changed + json[(at + original.Length)..];

        long position = Encoding.UTF8.GetByteCount(json.AsSpan(0, at + changed.IndexOf(marker, StringComparison.Ordinal)));

        Expect.Rejected<WorkflowJobEvent>(json, kind, path, position);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Every_payload_round_trips_through_WriteTo(string file)
    {
        var parsed = Expect.Accepted<WorkflowJobEvent>(GitHubPayloads.Read(file));
        byte[] written = Expect.Written(parsed);
        var reparsed = Expect.Accepted<WorkflowJobEvent>(written);

        PayloadEquality.AssertEqual(parsed, reparsed);
        Assert.Equal(written, Expect.Written(reparsed));
    }

    [Theory]
    [InlineData(GitHubPayloads.CompletedFailure, "run_url")]
    [InlineData(GitHubPayloads.InProgress, "run_url")]
    [InlineData(GitHubPayloads.InProgressWithQueuedSteps, "workflow_name")]
    [InlineData(GitHubPayloads.QueuedWithDeployment, "workflow_name")]
    public void A_rejecting_type_that_models_part_of_the_job_stops_at_the_first_member_it_lacks(string file, string member) =>
        Expect.RejectedAt<StrictJobIdsEvent>(GitHubPayloads.Text(file), StrictJsonErrorKind.UnknownMember, "$.workflow_job", "\"" + member + "\"");

    [Theory]
    [InlineData(GitHubPayloads.CompletedSuccess)]
    [InlineData(GitHubPayloads.InProgress)]
    [InlineData(GitHubPayloads.InProgressWithQueuedSteps)]
    public void A_rejecting_step_type_inside_skipping_types_stops_at_the_first_step_member_it_lacks(string file)
    {
        string json = GitHubPayloads.Text(file);
        int steps = json.IndexOf("\"steps\"", StringComparison.Ordinal);
        long position = Expect.At(json[steps..], "\"completed_at\"") + Expect.At(json, "\"steps\"");

        Expect.Rejected<StrictStepsEvent>(json, StrictJsonErrorKind.UnknownMember, "$.workflow_job.steps[0]", position);
    }

    [Theory]
    [InlineData(GitHubPayloads.Queued)]
    [InlineData(GitHubPayloads.Waiting)]
    public void A_rejecting_step_type_accepts_a_job_without_steps(string file) =>
        Assert.Empty(Expect.Accepted<StrictStepsEvent>(GitHubPayloads.Read(file)).WorkflowJob.Steps);
}
