using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Generators.Analyzers;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// Runs the generator, with <see cref="NotPartialAnalyzer"/> (SJ1001) beside it as in a real build, on markup such
/// as <c>{|#0:Name|}</c>. The test framework fails on any diagnostic that is not expected (so a diagnostic reported
/// twice fails too). Generated files are not compared here: a type with errors gets a stub (see InvalidTypeOutputTests).
/// </summary>
internal static class GeneratorDiagnosticVerifier
{
    public static Task VerifyAsync(string markup, params DiagnosticResult[] expected)
    {
        var test = new GeneratorWithAnalyzersTest
        {
            TestCode = markup,
        }.UseHostReferences();
        test.ExpectedDiagnostics.AddRange(expected);
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        return test.RunAsync();
    }

    private sealed class GeneratorWithAnalyzersTest : CSharpSourceGeneratorTest<StrictJsonGenerator, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new NotPartialAnalyzer()];
    }
}
