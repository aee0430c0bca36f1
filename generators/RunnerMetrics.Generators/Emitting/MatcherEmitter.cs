using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes a matcher from a name or string token to an index: unescaped text goes straight to a switch on its
/// length and a vectorized compare with a UTF-8 literal; escaped text is unescaped on the stack first, out of line.
/// </summary>
internal static class MatcherEmitter
{
    // An escape stands for a character in up to six bytes (\u0061), so this much room holds any escaped name that can match.
    private const int EscapeExpansion = 6;

    /// <summary>Writes <c>public static int {name}(ref Utf8JsonReader reader)</c> returning the index of the matched text, or -1.</summary>
    public static void Emit(SourceWriter w, string name, IReadOnlyList<string> texts)
    {
        int longest = texts.Count == 0 ? 0 : texts.Max(t => Encoding.UTF8.GetByteCount(t));
        w.Line($"public static int {name}(ref {Names.Reader} reader) =>");
        w.Line($"    reader.ValueIsEscaped ? {name}Escaped(ref reader) : {name}(reader.ValueSpan);");
        w.Line();
        w.Line(Names.NoInlining);
        w.Open($"private static int {name}Escaped(ref {Names.Reader} reader)");
        w.Line($"{Names.ScratchSpan} scratch = stackalloc byte[{longest * EscapeExpansion}];");
        w.Line($"return {Names.Runtime}.TryGetUnescaped(reader.ValueSpan, true, scratch, out var text) ? {name}(text) : -1;");
        w.Close();
        w.Line();
        w.Open($"private static int {name}({Names.ByteSpan} text)");
        var byLength = texts.Select((text, index) => (Text: text, Index: index))
            .GroupBy(c => Encoding.UTF8.GetByteCount(c.Text))
            .OrderBy(g => g.Key)
            .ToList();
        if (byLength.Count > 0)
        {
            w.Open("switch (text.Length)");
            foreach (var group in byLength)
            {
                w.Line($"case {group.Key}:");
                w.Open();
                foreach (var (text, index) in group)
                {
                    w.Open($"if (global::System.MemoryExtensions.SequenceEqual(text, {Names.Quote(text)}u8))");
                    w.Line($"return {index};");
                    w.Close();
                    w.Line();
                }

                w.Line("break;");
                w.Close();
            }

            w.Close();
            w.Line();
        }

        w.Line("return -1;");
        w.Close();
    }
}
