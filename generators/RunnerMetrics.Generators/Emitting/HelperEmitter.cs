using System.Collections.Generic;
using System.Linq;
using System.Text;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes the file-local helper class: pre-encoded names, the member-name matcher, enum readers and
/// writers, and array readers. Keeping them out of the user's type keeps its surface to the public API.
/// </summary>
internal static class HelperEmitter
{
    // An escape stands for a character in up to six bytes (\u0061), so this much room holds any escaped name that can match.
    private const int EscapeExpansion = 6;

    public static void Emit(SourceWriter w, TypeModel type, string helper)
    {
        w.Line(Names.GeneratedCode);
        w.Open($"file static class {helper}");
        for (int i = 0; i < type.Members.Count; i++)
        {
            w.Line($"public static readonly {Names.EncodedText} Member{i} = {Names.EncodedText}.Encode({Names.Quote(type.Members[i].JsonName)}u8);");
        }

        w.Line();
        EmitMatcher(w, "int", "MatchMember", type.Members.Select((m, i) => (m.JsonName, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), "-1");
        for (int i = 0; i < type.Enums.Count; i++)
        {
            EmitEnum(w, type.Enums[i], i);
        }

        var values = new ValueReadEmitter(w, type, helper);
        for (int i = 0; i < type.Members.Count; i++)
        {
            var value = type.Members[i].Value;
            for (int depth = 0; value.Kind == ValueKind.Array; depth++, value = value.Element!)
            {
                EmitArrayReader(w, values, value, $"TryReadArray{i}_{depth}", $"TryReadArray{i}_{depth + 1}");
            }
        }

        w.Close();
    }

    /// <summary>
    /// A matcher from a name token to a result: unescaped names go straight to a switch on length and a
    /// vectorized compare with a UTF-8 literal; escaped ones are unescaped on the stack first, out of line.
    /// </summary>
    private static void EmitMatcher(SourceWriter w, string resultType, string name, List<(string Json, string Result)> cases, string noMatch)
    {
        int longest = cases.Count == 0 ? 0 : cases.Max(c => Encoding.UTF8.GetByteCount(c.Json));
        w.Line($"public static {resultType} {name}(ref {Names.Reader} reader) =>");
        w.Line($"    reader.ValueIsEscaped ? {name}Escaped(ref reader) : {name}(reader.ValueSpan);");
        w.Line();
        w.Line(Names.NoInlining);
        w.Open($"private static {resultType} {name}Escaped(ref {Names.Reader} reader)");
        w.Line($"{Names.ScratchSpan} scratch = stackalloc byte[{longest * EscapeExpansion}];");
        w.Line($"return {Names.Runtime}.TryGetUnescaped(reader.ValueSpan, true, scratch, out var text) ? {name}(text) : {noMatch};");
        w.Close();
        w.Line();
        w.Open($"private static {resultType} {name}({Names.ByteSpan} text)");
        w.Open("switch (text.Length)");
        foreach (var byLength in cases.GroupBy(c => Encoding.UTF8.GetByteCount(c.Json)).OrderBy(g => g.Key))
        {
            w.Line($"case {byLength.Key}:");
            w.Open();
            foreach (var (json, result) in byLength)
            {
                w.Open($"if (global::System.MemoryExtensions.SequenceEqual(text, {Names.Quote(json)}u8))");
                w.Line($"return {result};");
                w.Close();
                w.Line();
            }

            w.Line("break;");
            w.Close();
        }

        w.Close();
        w.Line();
        w.Line($"return {noMatch};");
        w.Close();
        w.Line();
    }

    private static void EmitEnum(SourceWriter w, EnumModel enumModel, int index)
    {
        string enumType = enumModel.TypeName;
        for (int v = 0; v < enumModel.Values.Count; v++)
        {
            if (!enumModel.Values[v].IsAlias)
            {
                w.Line($"private static readonly {Names.EncodedText} s_enum{index}_{v} = {Names.EncodedText}.Encode({Names.Quote(enumModel.Values[v].JsonName)}u8);");
            }
        }

        w.Line($"private static readonly {enumType}[] s_enumValues{index} = [{string.Join(", ", enumModel.Values.Select(v => $"{enumType}.@{v.ClrName}"))}];");
        w.Line();
        w.Open($"public static bool TryReadEnum{index}(ref {Names.Reader} reader, string path, out {enumType} value, out {Names.Error} error)");
        w.Open($"if (reader.TokenType != {Names.TokenType}.String)");
        w.Line("value = default;");
        w.Line($"error = {Names.Runtime}.ErrorAt(ref reader, {Names.ErrorKind}.UnexpectedToken, path);");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line($"int found = MatchEnum{index}(ref reader);");
        w.Line($"value = found < 0 ? default : s_enumValues{index}[found];");
        w.Line($"error = found < 0 ? {Names.Runtime}.UnmatchedTextAt(ref reader, {Names.ErrorKind}.InvalidValue, path) : default;");
        w.Line("return found >= 0;");
        w.Close();
        w.Line();

        // Matched to the value's index: one matcher shape serves members and enums, whatever the underlying values.
        var cases = enumModel.Values.Select((v, i) => (v.JsonName, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        EmitMatcher(w, "int", $"MatchEnum{index}", cases, "-1");

        w.Open($"public static {Names.EncodedText} EnumText{index}({enumType} value) => value switch");
        for (int v = 0; v < enumModel.Values.Count; v++)
        {
            // An alias's constant already has its case (CS8510 otherwise); it is written under the first name.
            if (!enumModel.Values[v].IsAlias)
            {
                w.Line($"{enumType}.@{enumModel.Values[v].ClrName} => s_enum{index}_{v},");
            }
        }

        w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"The value has no JSON name: it is not a named value of its enum.\"),");
        w.Close(";");
        w.Line();
    }

    private static void EmitArrayReader(SourceWriter w, ValueReadEmitter values, ValueModel array, string name, string elementHelper)
    {
        string arrayType = ValueReadEmitter.NonNullable(array.TypeName);
        string elementType = array.Element!.TypeName;
        w.Open($"public static bool {name}(ref {Names.Reader} reader, string path, out {arrayType} value, out {Names.Error} error)");
        w.Line("value = null!;");
        w.Open($"if (reader.TokenType != {Names.TokenType}.StartArray)");
        w.Line($"error = {Names.Runtime}.ErrorAt(ref reader, {Names.ErrorKind}.UnexpectedToken, path);");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line($"var items = new {Names.ArrayBuilder}<{elementType}>();");
        w.Open($"while (reader.Read() && reader.TokenType != {Names.TokenType}.EndArray)");
        w.Line($"{elementType} item = default!;");
        values.EmitElement(array.Element, "item", elementHelper);
        w.Line("items.Add(item);");
        w.Close();
        w.Line();
        w.Line("value = items.ToArrayAndReset();");
        w.Line("error = default;");
        w.Line("return true;");
        w.Close();
        w.Line();
    }
}
