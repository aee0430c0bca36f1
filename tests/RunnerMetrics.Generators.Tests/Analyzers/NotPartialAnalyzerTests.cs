using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Generators.Analyzers;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Analyzers;

/// <summary>
/// SJ1001 flags exactly the <c>[StrictJson]</c> declarations that lack <c>partial</c>; with the generator it is
/// covered in <c>GeneratorDiagnosticTests</c>, here on its own.
/// </summary>
public sealed class NotPartialAnalyzerTests
{
    private const string Usings = """
        using System;
        using RunnerMetrics.Parsing;

        namespace Samples;

        """;

    [Fact]
    public Task Every_kind_of_declaration_is_flagged() => VerifyAsync(
        Usings + """
        [StrictJson] public class {|#0:A|} { }
        [StrictJson] public struct {|#1:B|} { }
        [StrictJson] public record {|#2:C|}(int X);
        [StrictJson] public record struct {|#3:D|}(int X);
        """,
        Expected("A", 0), Expected("B", 1), Expected("C", 2), Expected("D", 3));

    [Fact]
    public Task Partial_types_and_types_without_the_attribute_are_not_flagged() => VerifyAsync(
        Usings + """
        [StrictJson] public partial class A { }
        [StrictJson] public readonly partial record struct B(int X);
        [Obsolete] public class C { }
        public record D(int X);
        """);

    private static DiagnosticResult Expected(string typeName, int location) =>
        new DiagnosticResult(DiagnosticDescriptors.NotPartial).WithLocation(location).WithArguments(typeName);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<NotPartialAnalyzer, DefaultVerifier>
        {
            TestCode = source,
        }.UseHostReferences();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
