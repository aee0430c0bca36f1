using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Diagnostics;

/// <summary>
/// Runs the generator on markup such as <c>{|SJ1001:Name|}</c>. The test framework fails on any diagnostic that
/// is not marked and, with no expected generated sources, on any file the generator adds.
/// </summary>
internal static class GeneratorDiagnosticVerifier
{
    public static Task VerifyAsync(string markup, params DiagnosticResult[] expected)
    {
        var test = new CSharpSourceGeneratorTest<StrictJsonGenerator, DefaultVerifier>
        {
            TestCode = markup,
        }.UseHostReferences();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
