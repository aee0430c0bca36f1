using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Incremental;

/// <summary>
/// A second run of the driver over an equivalent or unrelatedly edited compilation must take every tracked
/// step from the cache: the proof that the model is made of values only.
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] s_trackedSteps = [TrackingNames.Parse, TrackingNames.Diagnostics, TrackingNames.Model, TrackingNames.Enums];

    /// <summary>Each source set (the last file is always <see cref="IncrementalTestSources.Unrelated"/>) and a member edit in it.</summary>
    private static readonly Dictionary<string, (string[] Sources, string MemberBefore, string MemberAfter)> s_sets = new()
    {
        ["records_enums_and_an_invalid_type"] = (
            [IncrementalTestSources.Types, IncrementalTestSources.Invalid, IncrementalTestSources.Unrelated],
            "Exit? Info,", "Exit? Information,"),
        ["collections_dates_and_enums"] = (
            [IncrementalTestSources.Collections, IncrementalTestSources.Unrelated],
            "public decimal Cost { get; set; }", "public double Cost { get; set; }"),
        ["polymorphism"] = (
            [IncrementalTestSources.Polymorphism, IncrementalTestSources.InvalidPolymorphism, IncrementalTestSources.Unrelated],
            "public int Code { get; set; }", "public int ExitCode { get; set; }"),
    };

    public static TheoryData<string> SourceSets => new(s_sets.Keys);

    [Fact]
    public void Rerun_on_a_cloned_compilation_is_fully_cached()
    {
        var compilation = GeneratorRunner.Compile(IncrementalTestSources.Types, IncrementalTestSources.Invalid);

        AssertSecondRunCached(compilation, compilation.Clone());
    }

    [Fact]
    public void Adding_an_unrelated_file_leaves_every_step_cached()
    {
        var compilation = GeneratorRunner.Compile(IncrementalTestSources.Types, IncrementalTestSources.Invalid);
        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(IncrementalTestSources.Unrelated, GeneratorRunner.ParseOptions, path: "Unrelated.cs"));

        AssertSecondRunCached(compilation, edited);
    }

    [Fact]
    public void Changing_a_method_body_in_an_unrelated_file_leaves_every_step_cached()
    {
        var compilation = GeneratorRunner.Compile(IncrementalTestSources.Types, IncrementalTestSources.Invalid, IncrementalTestSources.Unrelated);
        var edited = ReplaceText(compilation, "Source2.cs", "=> 1;", "=> 2;");

        AssertSecondRunCached(compilation, edited);
    }

    [Fact]
    public void Changing_a_method_body_after_the_types_in_their_file_leaves_the_models_unchanged()
    {
        var compilation = GeneratorRunner.Compile(IncrementalTestSources.Types, IncrementalTestSources.Invalid);
        var edited = ReplaceText(compilation, "Source0.cs", "=> 42;", "=> 43;");

        AssertSecondRunCached(compilation, edited);
    }

    [Fact]
    public void Tracked_step_outputs_hold_no_roslyn_objects()
    {
        var compilation = GeneratorRunner.Compile(IncrementalTestSources.Types, IncrementalTestSources.Invalid);
        var result = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();

        var offenders = new List<string>();
        int walked = 0;
        foreach (string name in s_trackedSteps)
        {
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    walked++;
                    offenders.AddRange(RoslynObjectFinder.Find(value, name));
                }
            }
        }

        // Parse gives one output per annotated type (4), Diagnostics as many, Model one per type with code (3), Enums one.
        Assert.Equal(12, walked);
        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(SourceSets))]
    public void Adding_an_unrelated_file_leaves_every_step_of_each_set_cached(string set)
    {
        var compilation = GeneratorRunner.Compile(s_sets[set].Sources);
        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Other; public sealed class Added { public int X { get; set; } }", GeneratorRunner.ParseOptions, path: "Added.cs"));

        AssertSecondRunCached(compilation, edited);
    }

    [Theory]
    [MemberData(nameof(SourceSets))]
    public void Adding_a_comment_in_an_unrelated_file_leaves_every_step_of_each_set_cached(string set)
    {
        var compilation = GeneratorRunner.Compile(s_sets[set].Sources);
        var edited = ReplaceText(compilation, LastFile(compilation), "public static int Value()", "// The value.\n    public static int Value()");

        AssertSecondRunCached(compilation, edited);
    }

    [Theory]
    [MemberData(nameof(SourceSets))]
    public void Adding_a_comment_after_the_types_leaves_every_step_of_each_set_cached(string set)
    {
        var compilation = GeneratorRunner.Compile(s_sets[set].Sources);
        string text = compilation.SyntaxTrees.First().GetText().ToString();
        var edited = ReplaceText(compilation, "Source0.cs", text, text + "\n// Trailing comment.\n");

        AssertSecondRunCached(compilation, edited);
    }

    [Theory]
    [MemberData(nameof(SourceSets))]
    public void Editing_a_member_modifies_the_model_of_each_set(string set)
    {
        // The positive control: the caching assertions above could not pass by never comparing anything.
        var (sources, before, after) = s_sets[set];
        var compilation = GeneratorRunner.Compile(sources);
        var edited = ReplaceText(compilation, "Source0.cs", before, after);

        var driver = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var secondRun = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = secondRun.TrackedSteps[TrackingNames.Model].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(secondRun.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
            output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Changing_a_discriminator_value_modifies_the_model()
    {
        var compilation = GeneratorRunner.Compile(IncrementalTestSources.Polymorphism);
        var edited = ReplaceText(compilation, "Source0.cs", "typeof(Crashed), \"crashed\"", "typeof(Crashed), \"failed\"");

        var driver = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var secondRun = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(
            secondRun.TrackedSteps[TrackingNames.Model].SelectMany(step => step.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Changing_a_discriminator_value_on_the_base_regenerates_the_derived_type_in_another_file()
    {
        var compilation = GeneratorRunner.Compile(
            """
            using System.Text.Json.Serialization;
            using RunnerMetrics.Parsing;

            namespace Samples.Split;

            [StrictJson]
            [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
            [JsonDerivedType(typeof(Leaf), "leaf")]
            public abstract partial class Root
            {
                public int Id { get; set; }
            }
            """,
            """
            using RunnerMetrics.Parsing;

            namespace Samples.Split;

            [StrictJson]
            public sealed partial class Leaf : Root
            {
                public string Name { get; set; } = "";
            }
            """);
        var edited = ReplaceText(compilation, "Source0.cs", "\"leaf\")]", "\"green-leaf\")]");

        var driver = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var secondRun = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var leaf = secondRun.GeneratedSources.Single(source => source.HintName.StartsWith("Samples.Split.Leaf", System.StringComparison.Ordinal));
        Assert.Contains("\"green-leaf\"u8", leaf.SourceText.ToString(), System.StringComparison.Ordinal);
        Assert.Equal(2, secondRun.TrackedSteps[TrackingNames.Model].SelectMany(step => step.Outputs).Count(output => output.Reason == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Adding_an_enum_value_modifies_the_enums_step()
    {
        var compilation = GeneratorRunner.Compile(IncrementalTestSources.Collections);
        var edited = ReplaceText(compilation, "Source0.cs", "Success, Failure, Cancelled", "Success, Failure, Cancelled, Skipped");

        var driver = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var secondRun = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(
            secondRun.TrackedSteps[TrackingNames.Enums].SelectMany(step => step.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Theory]
    [MemberData(nameof(SourceSets))]
    public void Tracked_step_outputs_of_each_set_hold_no_roslyn_objects(string set)
    {
        var compilation = GeneratorRunner.Compile(s_sets[set].Sources);
        var result = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();

        var offenders = new List<string>();
        int models = 0;
        foreach (string name in s_trackedSteps)
        {
            foreach (var (value, _) in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                models += name == TrackingNames.Model ? 1 : 0;
                offenders.AddRange(RoslynObjectFinder.Find(value, name));
            }
        }

        Assert.True(models >= 2, $"only {models} models walked");
        Assert.Empty(offenders);
    }

    private static string LastFile(Compilation compilation) => compilation.SyntaxTrees.Last().FilePath;

    [Fact]
    public void The_finder_detects_a_held_symbol()
    {
        var compilation = GeneratorRunner.Compile(IncrementalTestSources.Types);
        var holder = new { Items = new object[] { "text", compilation.GetTypeByMetadataName("Samples.Exit")! } };

        Assert.Equal(["holder.Items[1]: " + compilation.GetTypeByMetadataName("Samples.Exit")!.GetType().FullName], RoslynObjectFinder.Find(holder, "holder"));
    }

    [Fact]
    public void The_finder_detects_syntax_and_locations_inside_records_and_tuples()
    {
        var tree = GeneratorRunner.Compile(IncrementalTestSources.Types).SyntaxTrees.Single();
        var holder = new Holder("name", (1, tree.GetRoot().GetLocation()), [tree.GetRoot()]);

        Assert.Equal(2, RoslynObjectFinder.Find(holder, "holder").Count);
    }

    private sealed record Holder(string Name, (int Number, Location Where) Pair, SyntaxNode[] Nodes);

    private static void AssertSecondRunCached(Compilation first, Compilation second)
    {
        var driver = GeneratorRunner.CreateDriver(trackSteps: true).RunGenerators(first);
        var firstRun = driver.GetRunResult().Results.Single();
        var secondRun = driver.RunGenerators(second).GetRunResult().Results.Single();

        foreach (string name in s_trackedSteps)
        {
            Assert.True(firstRun.TrackedSteps.ContainsKey(name), $"step '{name}' was not tracked");
            Assert.True(secondRun.TrackedSteps.ContainsKey(name), $"step '{name}' was not tracked on the second run");
            var reasons = secondRun.TrackedSteps[name]
                .SelectMany(step => step.Outputs)
                .Select(output => output.Reason)
                .ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step '{name}' produced {reason}"));
        }

        Assert.All(secondRun.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static Compilation ReplaceText(Compilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        string text = tree.GetText().ToString();
        Assert.Contains(oldText, text, System.StringComparison.Ordinal);
        var changed = CSharpSyntaxTree.ParseText(text.Replace(oldText, newText, System.StringComparison.Ordinal), GeneratorRunner.ParseOptions, path);
        return compilation.ReplaceSyntaxTree(tree, changed);
    }
}
