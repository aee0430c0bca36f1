using CsCheck;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Properties;

/// <summary>
/// Random edits of valid documents never make <c>TryParse</c> throw, for every type shape: the result is a
/// value or an error, whatever the bytes.
/// </summary>
public class MutationProperties
{
    private const long Iterations = 5_000;

    [Fact]
    public void Mutated_class_documents_never_throw() =>
        Check<EveryKind>(ValueGenerators.EveryKind.Select(Expect.Written));

    [Fact]
    public void Mutated_array_documents_never_throw() =>
        Check<Arrays>(ValueGenerators.Arrays.Select(Expect.Written));

    [Fact]
    public void Mutated_interned_struct_documents_never_throw() =>
        Check<InternedSample>(ValueGenerators.InternedSample.Select(Expect.Written));

    [Fact]
    public void Mutated_record_documents_never_throw() =>
        Check<Measurement>(ValueGenerators.Measurement.Select(Expect.Written));

    [Fact]
    public void Mutated_documents_with_skipped_members_never_throw() =>
        Check<Lenient>(ValueGenerators.EveryKind.Select(value => Expect.Utf8("{\"id\":1,\"skipped\":" + Expect.WrittenText(value) + "}")));

    [Fact]
    public void Mutated_pre_job_documents_never_throw() =>
        Check<JobStart>(Gen.Const(Expect.Utf8("""{"workflow": "ci", "repository": "o/r", "event": "push", "timestamp": 1700000100, "workflow_run_id": "7", "extra": [1, {"a": null, "b": "\u00e9\ud83d\ude00"}]}""")));

    private static void Check<T>(Gen<byte[]> documents)
        where T : IStrictJsonParsable<T> =>
        Gen.Select(documents, Mutation.Any.Array[1, 4]).Sample(
            (document, mutations) =>
            {
                foreach (var mutation in mutations)
                {
                    document = mutation.ApplyTo(document);
                }

                Expect.DoesNotThrow<T>(document);
            },
            iter: Iterations);
}
