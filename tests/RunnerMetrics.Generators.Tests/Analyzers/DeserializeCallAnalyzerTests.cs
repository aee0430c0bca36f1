using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RunnerMetrics.Generators.Analyzers;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Tests.Infrastructure;

namespace RunnerMetrics.Generators.Tests.Analyzers;

/// <summary>SJ2001 flags <c>JsonSerializer.Deserialize</c> of <c>[StrictJson]</c> types, and only those.</summary>
public sealed class DeserializeCallAnalyzerTests
{
    // The [StrictJson] type is declared without running the generator, so it needs no generated members here.
    private const string Types = """
        using System;
        using System.IO;
        using System.Text.Json;
        using RunnerMetrics.Parsing;

        namespace Samples;

        [StrictJson]
        public partial record Job(string Name);

        [StrictJson]
        public partial record struct Exit(int Code);

        public sealed record Plain(string Name);

        """;

    [Fact]
    public Task Generic_string_overload_is_flagged() => VerifyAsync("""
        public static class Use
        {
            public static Job? Read(string json) => JsonSerializer.{|#0:Deserialize<Job>|}(json);
        }
        """, Expected("Job"));

    [Fact]
    public Task Generic_span_and_stream_overloads_with_options_are_flagged() => VerifyAsync("""
        public static class Use
        {
            public static void Read(ReadOnlySpan<byte> utf8, Stream stream, JsonSerializerOptions options)
            {
                _ = JsonSerializer.{|#0:Deserialize<Job>|}(utf8, options);
                _ = JsonSerializer.{|#1:Deserialize<Job>|}(stream);
            }
        }
        """, Expected("Job", 0), Expected("Job", 1));

    [Fact]
    public Task Nullable_struct_type_argument_is_flagged() => VerifyAsync("""
        public static class Use
        {
            public static Exit? Read(string json) => JsonSerializer.{|#0:Deserialize<Exit?>|}(json);
        }
        """, Expected("Exit"));

    [Fact]
    public Task Non_generic_overload_with_typeof_is_flagged() => VerifyAsync("""
        public static class Use
        {
            public static object? Read(string json) => JsonSerializer.{|#0:Deserialize|}(json, typeof(Job));
        }
        """, Expected("Job"));

    [Fact]
    public Task Using_static_call_is_flagged_on_its_name() => VerifyAsync("""
        public static class Use
        {
            public static Job? Read(string json) => {|#0:Deserialize<Job>|}(json);
        }
        """, Expected("Job"), usingStatic: true);

    [Fact]
    public Task Other_types_and_methods_are_not_flagged() => VerifyAsync("""
        public static class Use
        {
            public static void Run(string json, Type type, Job job)
            {
                _ = JsonSerializer.Deserialize<Plain>(json);
                _ = JsonSerializer.Deserialize(json, type);
                _ = JsonSerializer.Deserialize<string[]>(json);
                _ = JsonSerializer.Serialize(job);
            }
        }
        """);

    private static DiagnosticResult Expected(string typeName, int location = 0) =>
        new DiagnosticResult(DiagnosticDescriptors.DeserializeCall).WithLocation(location).WithArguments(typeName);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, expected, usingStatic: false);

    private static Task VerifyAsync(string source, DiagnosticResult expected, bool usingStatic) =>
        VerifyAsync(source, [expected], usingStatic);

    private static Task VerifyAsync(string source, DiagnosticResult[] expected, bool usingStatic)
    {
        string prefix = usingStatic ? "using static System.Text.Json.JsonSerializer;\n" : string.Empty;
        var test = new CSharpAnalyzerTest<DeserializeCallAnalyzer, DefaultVerifier>
        {
            TestCode = prefix + Types + source,
        }.UseHostReferences();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
