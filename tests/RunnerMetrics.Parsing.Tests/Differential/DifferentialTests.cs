using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CsCheck;

namespace RunnerMetrics.Parsing.Tests.Differential;

/// <summary>
/// The generated parser against System.Text.Json's source generator with <see cref="JsonSerializerDefaults.Strict"/>,
/// on the same documents: where both accept they read equal values; where only System.Text.Json accepts, the
/// disagreement is one of the rules documented in docs/strictness.md; we never accept what it rejects.
/// </summary>
public class DifferentialTests
{
    private const long ValidIterations = 500;
    private const long MutatedIterations = 4_000;

    /// <summary>The members <see cref="DifferentialSkipping"/> reads; it skips any other.</summary>
    private static readonly HashSet<string> SkippingMembers = ["count", "name", "inner"];

    [Fact]
    public void System_Text_Json_runs_with_the_strict_options_the_comparison_assumes()
    {
        foreach (var options in new[] { DifferentialJsonContext.Default.Options, DifferentialSkippingJsonContext.Default.Options })
        {
            Assert.False(options.AllowDuplicateProperties);
            Assert.True(options.RespectNullableAnnotations);
            Assert.True(options.RespectRequiredConstructorParameters);
            Assert.False(options.AllowTrailingCommas);
            Assert.Equal(JsonCommentHandling.Disallow, options.ReadCommentHandling);
            Assert.Equal(JsonNumberHandling.Strict, options.NumberHandling);
            Assert.False(options.PropertyNameCaseInsensitive);
        }

        Assert.Equal(JsonUnmappedMemberHandling.Disallow, DifferentialJsonContext.Default.Options.UnmappedMemberHandling);
        Assert.Equal(JsonUnmappedMemberHandling.Skip, DifferentialSkippingJsonContext.Default.Options.UnmappedMemberHandling);
    }

    [Fact]
    public void Valid_documents_from_either_writer_are_read_equal_by_both() =>
        DifferentialDocuments.Valid.Sample(
            document =>
            {
                var outcome = DifferentialOutcome<DifferentialSample>.Of(document, DifferentialJsonContext.Default.DifferentialSample);
                Assert.True(outcome.Ours is not null && outcome.Theirs is not null, $"ours {outcome.Error}, theirs {outcome.TheirError?.Message}: {DifferentialOutcome.Show(document)}");
                Assert.Null(DifferentialEquality.Difference(outcome.Ours, outcome.Theirs));
            },
            iter: ValidIterations);

    [Fact]
    public void On_mutated_documents_we_are_never_more_lenient_and_every_disagreement_is_a_documented_rule()
    {
        var sample = new Disagreements();
        var skipping = new Disagreements();
        DifferentialDocuments.Mutated.Sample(
            document =>
            {
                sample.Add(document, DifferentialOutcome<DifferentialSample>.Of(document, DifferentialJsonContext.Default.DifferentialSample), DifferentialEquality.Difference);
                skipping.Add(document, DifferentialOutcome<DifferentialSkipping>.Of(document, DifferentialSkippingJsonContext.Default.DifferentialSkipping), DifferentialEquality.Difference, SkippingMembers);
            },
            iter: MutatedIterations,
            threads: 1);

        Assert.True(sample.Failures.Count == 0, "DifferentialSample:\n" + string.Join("\n", sample.Failures.Take(20)));
        Assert.True(skipping.Failures.Count == 0, "DifferentialSkipping:\n" + string.Join("\n", skipping.Failures.Take(20)));
        Assert.Subset(StrictnessDocument.Rules.Select(row => row.Rule).ToHashSet(), sample.Rules.Union(skipping.Rules).ToHashSet());

        // A positive control: the mutations do reach agreement, rejection by both, and disagreement.
        Assert.True(sample.BothAccepted > MutatedIterations / 20, $"both accepted {sample.BothAccepted}");
        Assert.True(sample.Rules.Count + skipping.Rules.Count > 0, "no disagreement at all: are the mutations reaching the rules?");
    }

    [Fact]
    public void Every_classification_is_a_row_of_docs_strictness_and_every_row_a_classification() =>
        Assert.Equal(
            Enum.GetValues<StricterRule>().Order(),
            StrictnessDocument.Rules.Select(row => row.Rule).Order());

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var row in StrictnessDocument.Rules)
        {
            data.Add(row.Rule.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_of_each_rule_is_accepted_by_System_Text_Json_and_rejected_by_us_under_that_rule(string rule)
    {
        var row = StrictnessDocument.Rules.Single(row => row.Rule.ToString() == rule);
        var document = StrictnessDocument.DocumentFor(row);

        StrictJsonError error = row.Skipping
            ? Disagreement(document, DifferentialSkippingJsonContext.Default.DifferentialSkipping)
            : Disagreement(document, DifferentialJsonContext.Default.DifferentialSample);

        Assert.Equal(row.Rule, StricterRules.Classify(document, error, row.Skipping ? SkippingMembers : null));
    }

    private static StrictJsonError Disagreement<T>(byte[] document, JsonTypeInfo<T> theirs)
        where T : class, IStrictJsonParsable<T>
    {
        var outcome = DifferentialOutcome<T>.Of(document, theirs);
        Assert.True(outcome.Theirs is not null, $"System.Text.Json rejects {DifferentialOutcome.Show(document)}: {outcome.TheirError?.Message}");
        Assert.True(outcome.Ours is null, $"we accept {DifferentialOutcome.Show(document)}");
        return outcome.Error;
    }

    /// <summary>Tallies the outcomes of one type and keeps every failure of the contract.</summary>
    private sealed class Disagreements
    {
        public List<string> Failures { get; } = [];

        public HashSet<StricterRule> Rules { get; } = [];

        public int BothAccepted { get; private set; }

        public void Add<T>(byte[] document, DifferentialOutcome<T> outcome, Func<T, T, string?> difference, IReadOnlySet<string>? skippingMembers = null)
            where T : class, IStrictJsonParsable<T>
        {
            switch (outcome)
            {
                case { Ours: not null, Theirs: not null }:
                    BothAccepted++;
                    if (difference(outcome.Ours, outcome.Theirs) is { } different)
                    {
                        Failures.Add($"values differ ({different}): {DifferentialOutcome.Show(document)}");
                    }

                    break;
                case { Ours: not null }:
                    Failures.Add($"only we accept (System.Text.Json: {outcome.TheirError?.Message}): {DifferentialOutcome.Show(document)}");
                    break;
                case { Theirs: not null }:
                    if (StricterRules.Classify(document, outcome.Error, skippingMembers) is { } rule)
                    {
                        Rules.Add(rule);
                    }
                    else
                    {
                        Failures.Add($"unclassified: we reject with {outcome.Error} at [{StricterRules.TokenAt(document, outcome.Error.BytePosition)}]: {DifferentialOutcome.Show(document)}");
                    }

                    break;
            }
        }
    }
}
