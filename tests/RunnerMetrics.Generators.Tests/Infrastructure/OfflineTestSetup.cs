using Microsoft.CodeAnalysis.Testing;

namespace RunnerMetrics.Generators.Tests.Infrastructure;

/// <summary>Points a Microsoft.CodeAnalysis.Testing test at the host's assemblies rather than at NuGet.</summary>
internal static class OfflineTestSetup
{
    public static TTest UseHostReferences<TTest>(this TTest test)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = TestReferences.None;
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, GeneratorRunner.ParseOptions));
        return test;
    }
}
