using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using RunnerMetrics.Parsing;

namespace PackageConsumer;

/// <summary>A value the generator serialises as a string in the naming policy (snake_case_lower).</summary>
public enum Conclusion
{
    Success,
    Failure,
    TimedOut,
}

/// <summary>A nested [StrictJson] type.</summary>
[StrictJson]
public partial record struct RunnerInfo(string Name, string[] Labels);

/// <summary>The consumer's own format: the package has never seen this type.</summary>
[StrictJson]
public partial record struct JobSummary(
    string JobName,
    int Attempt,
    long WorkflowRunId,
    bool Cached,
    double DurationSeconds,
    Conclusion Conclusion,
    RunnerInfo Runner,
    string? Note);

public static class Program
{
    private const string Document =
        """{"job_name":"build (ubuntu-latest)","attempt":2,"workflow_run_id":7234567890,"cached":true,"duration_seconds":12.5,"conclusion":"timed_out","runner":{"name":"runner-7","labels":["self-hosted","x64"]}}""";

    private static readonly List<string> s_failures = new();

    public static int Main()
    {
        try
        {
            return Run();
        }
#pragma warning disable CA1031 // Any exception is a failed check, reported as such.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"package consumer: FAIL: unexpected {e}");
            return 1;
        }
    }

    private static int Run()
    {
        string where = $"{AppContext.TargetFrameworkName} on {RuntimeInformation.FrameworkDescription}";
        Console.WriteLine($"package consumer: {where}");

        byte[] document = Encoding.UTF8.GetBytes(Document);

        // 1. TryParse accepts the document and reads every member.
        Check(JobSummary.TryParse(document, out JobSummary parsed, out StrictJsonError error),
            $"TryParse rejected a valid document: {error.Kind} at {error.Path} (byte {error.BytePosition})");
        Check(error.Kind == StrictJsonErrorKind.None, $"a successful TryParse reported error kind {error.Kind}");
        Check(parsed.JobName == "build (ubuntu-latest)", $"job_name: {parsed.JobName}");
        Check(parsed.Attempt == 2, $"attempt: {parsed.Attempt}");
        Check(parsed.WorkflowRunId == 7234567890L, $"workflow_run_id: {parsed.WorkflowRunId}");
        Check(parsed.Cached, "cached: false");
        Check(parsed.DurationSeconds == 12.5, $"duration_seconds: {parsed.DurationSeconds}");
        Check(parsed.Conclusion == Conclusion.TimedOut, $"conclusion: {parsed.Conclusion}");
        Check(parsed.Runner.Name == "runner-7", $"runner.name: {parsed.Runner.Name}");
        Check(parsed.Runner.Labels is ["self-hosted", "x64"], $"runner.labels: [{string.Join(",", parsed.Runner.Labels ?? [])}]");
        Check(parsed.Note is null, $"note (absent) should be null, was '{parsed.Note}'");

        // 2. Parse agrees with TryParse.
        try
        {
            Check(SameValue(JobSummary.Parse(document), parsed), "Parse and TryParse disagree");
        }
        catch (FormatException e)
        {
            Check(false, $"Parse threw on a valid document: {e.Message}");
        }

        // 3. WriteTo writes the same names, omits null optional members, and reads back equal.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            parsed.WriteTo(writer);
        }
        byte[] written = buffer.WrittenSpan.ToArray();
        Console.WriteLine($"package consumer: wrote {Encoding.UTF8.GetString(written)}");
        using (JsonDocument json = JsonDocument.Parse(written))
        {
            string[] names = json.RootElement.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            string[] expected = ["attempt", "cached", "conclusion", "duration_seconds", "job_name", "runner", "workflow_run_id"];
            Check(names.SequenceEqual(expected), $"written member names: {string.Join(",", names)}");
            Check(json.RootElement.TryGetProperty("conclusion", out JsonElement conclusion) && conclusion.ValueKind == JsonValueKind.String && conclusion.GetString() == "timed_out", "conclusion was not written as \"timed_out\"");
        }
        Check(JobSummary.TryParse(written, out JobSummary reparsed, out StrictJsonError reparseError),
            $"TryParse rejected what WriteTo wrote: {reparseError.Kind} at {reparseError.Path}");
        Check(SameValue(reparsed, parsed), "round trip changed the value");

        // 4. Unknown members are rejected by default (UnknownMembers.Reject), with a useful error.
        byte[] unknown = Encoding.UTF8.GetBytes(Document[..^1] + ""","extra":1}""");
        Check(!JobSummary.TryParse(unknown, out _, out StrictJsonError unknownError), "a document with an unknown member was accepted");
        Check(unknownError.Kind == StrictJsonErrorKind.UnknownMember, $"unknown member reported as {unknownError.Kind}, expected UnknownMember");
        Console.WriteLine($"package consumer: rejected unknown member: {unknownError.Kind} at {unknownError.Path} (byte {unknownError.BytePosition})");

        // 5. Parse throws StrictJsonException, a FormatException.
        try
        {
            JobSummary.Parse(unknown);
            Check(false, "Parse accepted a document with an unknown member");
        }
        catch (FormatException e)
        {
            Check(e is StrictJsonException, $"Parse threw {e.GetType()}, expected StrictJsonException");
            // The package's assemblies embed their PDB: a stack trace through them names the source file and line.
            StackFrame? frame = new StackTrace(e, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Assembly.GetName().Name == "RunnerMetrics.Parsing");
            string? file = frame?.GetFileName();
            Check(file is not null && file.EndsWith("StrictJsonException.cs", StringComparison.Ordinal) && frame!.GetFileLineNumber() > 0,
                $"the stack trace through RunnerMetrics.Parsing has no source line (symbols missing?): {e.StackTrace}");
            Console.WriteLine($"package consumer: the throw in RunnerMetrics.Parsing is at {file}:{frame?.GetFileLineNumber()}");
        }

        // 6. A string is never accepted for a number.
        byte[] wrongType = Encoding.UTF8.GetBytes(Document.Replace("\"attempt\":2", "\"attempt\":\"2\"", StringComparison.Ordinal));
        Check(!JobSummary.TryParse(wrongType, out _, out StrictJsonError wrongTypeError), "a string was accepted for an int member");
        Check(wrongTypeError.Kind != StrictJsonErrorKind.None, "a rejected document reported error kind None");

        // 7. A real format: GitHub's workflow_job webhook (10 KB) into types with dates, enums, lists and nested objects.
        byte[] webhook = Resource("workflow_job.completed.success.with-organization.payload.json");
        Check(WorkflowJobEvent.TryParse(webhook, out WorkflowJobEvent? hook, out StrictJsonError hookError),
            $"the workflow_job webhook was rejected: {hookError.Kind} at {hookError.Path} (byte {hookError.BytePosition})");
        if (hook is not null)
        {
            WorkflowJob job = hook.WorkflowJob;
            Check(hook.Action == WorkflowJobAction.Completed && job.Status == JobStatus.Completed && job.Conclusion == JobConclusion.Success,
                $"webhook action/status/conclusion: {hook.Action}/{job.Status}/{job.Conclusion}");
            Check(job.CreatedAt == new DateTimeOffset(2021, 8, 5, 10, 33, 58, TimeSpan.Zero), $"webhook created_at: {job.CreatedAt:O}");
            Check(job.Steps.Count > 0 && job.Steps[0].StartedAt?.Kind == DateTimeKind.Utc, $"webhook steps: {job.Steps.Count}");
            Check(job.Labels is ["ubuntu-latest"], $"webhook labels: [{string.Join(",", job.Labels)}]");
            Check(hook.Repository.FullName.Length > 0 && hook.Sender.Login.Length > 0, "webhook repository/sender");
            Console.WriteLine($"package consumer: parsed the workflow_job webhook: job {job.Id} '{job.Name}', {job.Steps.Count} steps, {webhook.Length} bytes");
        }

        // 8. The RunnerMetrics package's assembly is deployed and loads.
        Assembly library = Assembly.Load("RunnerMetrics");
        Console.WriteLine($"package consumer: loaded {library.GetName().Name} {library.GetName().Version}");

        foreach (string failure in s_failures)
        {
            Console.Error.WriteLine($"package consumer: FAIL: {failure}");
        }
        Console.WriteLine(s_failures.Count == 0 ? $"package consumer: OK ({where})" : $"package consumer: {s_failures.Count} check(s) failed ({where})");
        return s_failures.Count == 0 ? 0 : 1;
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(Program).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded document {name} is missing.");
        using var copy = new System.IO.MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool SameValue(JobSummary a, JobSummary b) =>
        a.JobName == b.JobName && a.Attempt == b.Attempt && a.WorkflowRunId == b.WorkflowRunId && a.Cached == b.Cached
        && a.DurationSeconds.Equals(b.DurationSeconds) && a.Conclusion == b.Conclusion && a.Note == b.Note
        && a.Runner.Name == b.Runner.Name && (a.Runner.Labels ?? []).SequenceEqual(b.Runner.Labels ?? []);

    private static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            s_failures.Add(failure);
        }
    }
}
