#pragma warning disable SJ2001
using System;
using System.Diagnostics;
using System.Text.Json;
using RunnerMetrics.Benchmarks.Documents;
using RunnerMetrics.Benchmarks.Documents.GitHub;
using RunnerMetrics.Parsing.Runtime;

namespace RunnerMetrics.Benchmarks;

internal static class Scratch
{
    public static void Run()
    {
        byte[] doc = SampleDocuments.WorkflowJobWebhook;
        for (int round = 0; round < 3; round++)
        {
            Console.WriteLine($"loop     {Time(() => Loop(doc))}");
            Console.WriteLine($"validate {Time(() => LoopValidate(doc))}");
            Console.WriteLine($"names    {Time(() => LoopNames(doc))}");
            Console.WriteLine($"parse    {Time(() => WorkflowJobEvent.TryParse(doc, out _, out _) ? 1 : 0)}");
            Console.WriteLine($"stj      {Time(() => JsonSerializer.Deserialize(doc, GitHubJsonContext.Default.WorkflowJobEvent) is null ? 0 : 1)}");
        }
    }

    private static string Time(Func<long> action)
    {
        for (int i = 0; i < 2000; i++) action();
        var sw = Stopwatch.StartNew();
        const int n = 20000;
        for (int i = 0; i < n; i++) action();
        return $"{sw.Elapsed.TotalMilliseconds * 1000 / n:F2} us";
    }

    private static long Loop(byte[] doc)
    {
        var reader = new Utf8JsonReader(doc);
        long n = 0;
        while (reader.Read()) n++;
        return n;
    }

    private static long LoopValidate(byte[] doc)
    {
        var reader = new Utf8JsonReader(doc);
        long n = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)) n++;
        }
        return n;
    }

    private static long LoopNames(byte[] doc)
    {
        var reader = new Utf8JsonReader(doc);
        long n = 0;
        var names = new NameSet(default);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.PropertyName && names.Add(reader.ValueSpan)) n++;
            if (reader.TokenType is JsonTokenType.StartObject) { names.Dispose(); names = new NameSet(default); }
        }
        names.Dispose();
        return n;
    }
}
