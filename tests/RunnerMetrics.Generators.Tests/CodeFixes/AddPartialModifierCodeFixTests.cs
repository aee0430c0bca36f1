using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Generators.Analyzers;
using RunnerMetrics.Generators.CodeFixes;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.CodeFixes;

/// <summary>The SJ1001 fix adds <c>partial</c> where C# wants it, keeping the declaration's layout.</summary>
public sealed class AddPartialModifierCodeFixTests
{
    private const string Usings = """
        using RunnerMetrics.Parsing;

        namespace Samples;

        """;

    [Fact]
    public Task Adds_partial_after_other_modifiers() => VerifyAsync(
        Usings + """
        [StrictJson]
        public sealed class {|#0:Job|}
        {
            public int Value { get; set; }
        }
        """,
        Usings + """
        [StrictJson]
        public sealed partial class Job
        {
            public int Value { get; set; }
        }
        """,
        "Job");

    [Fact]
    public Task Adds_partial_to_a_declaration_without_modifiers() => VerifyAsync(
        Usings + """
        // A comment that stays put.
        [StrictJson]
        record struct {|#0:Exit|}(int Code);
        """,
        Usings + """
        // A comment that stays put.
        [StrictJson]
        partial record struct Exit(int Code);
        """,
        "Exit");

    [Fact]
    public Task Adds_partial_to_a_nested_record() => VerifyAsync(
        Usings + """
        public static partial class Outer
        {
            [StrictJson]
            internal record {|#0:Inner|}(string Name);
        }
        """,
        Usings + """
        public static partial class Outer
        {
            [StrictJson]
            internal partial record Inner(string Name);
        }
        """,
        "Inner");

    private static Task VerifyAsync(string source, string fixedSource, string typeName)
    {
        var test = new WithGeneratorTest
        {
            TestCode = source,
            FixedCode = fixedSource,
        }.UseHostReferences();
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NotPartial).WithLocation(0).WithArguments(typeName));
        // The fixed type gets generated code; its content is the snapshot tests' business.
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        return test.RunAsync();
    }

    /// <summary>
    /// SJ1001 comes from <see cref="NotPartialAnalyzer"/>; the generator runs too, so the fixed project is checked to
    /// compile with the code generated for the now partial type.
    /// </summary>
    private sealed class WithGeneratorTest : CSharpCodeFixTest<NotPartialAnalyzer, AddPartialModifierCodeFix, DefaultVerifier>
    {
        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(StrictJsonGenerator)];
    }
}
