using System.Linq;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes the one-pass parse of a flat type (members are scalars, enums and strings, nullable or not): members
/// are read into locals (<c>StrictJsonMembers</c>) instead of tape slots, and the value is built from them once
/// the document is accepted. On small documents the tape's bookkeeping was most of the cost over a bare reader
/// loop. Flat types keep <c>TryReadSlots</c> for when another type nests them.
/// </summary>
internal static class FlatEmitter
{
    private const string MembersType = "StrictJsonMembers";

    public static bool Applies(TypeModel type) =>
        !type.IsStub && type.Polymorphism is null && type.Discriminator is null && type.Members.All(m => IsFlat(m.Value));

    /// <summary>The struct of the members' locals, nested (and private) so the constructor can take it.</summary>
    public static void EmitMembersStruct(SourceWriter w, TypeModel type)
    {
        w.Line(Names.GeneratedCode);
        w.Open($"private struct {MembersType}");
        for (int i = 0; i < type.Members.Count; i++)
        {
            w.Line($"public {MemberType(type, type.Members[i])} M{i};");
        }

        w.Close();
    }

    /// <summary><c>TryParse</c> (a whole document) and <c>TryRead</c> (from a reader) over the locals.</summary>
    public static void EmitParse(SourceWriter w, TypeModel type, bool wholeDocument)
    {
        w.Line("var tape = " + Names.Tape + ".Rent();");
        w.Open("try");
        w.Line($"var members = default({MembersType});");
        if (wholeDocument)
        {
            w.Line($"if ({Names.Runtime}.TryStartDocument(utf8Json, ref reader, tape, out error)");
            w.Line("    && TryReadMembers(ref reader, tape, ref members, out error)");
            w.Line($"    && {Names.Runtime}.TryEndDocument(ref reader, out error))");
        }
        else
        {
            w.Line("if (TryReadMembers(ref reader, tape, ref members, out error))");
        }

        w.Open();
        w.Line($"value = new {type.FullyQualifiedName}(tape, in members);");
        w.Line("return true;");
        w.Close();
        w.Close();
        if (wholeDocument)
        {
            w.Line($"catch ({Names.JsonException} exception)");
            w.Open();
            w.Line("// The reader throws for syntax errors; they become data here.");
            w.Line($"{Names.Runtime}.InvalidJson(utf8Json, exception, out error);");
            w.Close();
        }

        w.Line("finally");
        w.Open();
        w.Line($"{Names.Tape}.Return(tape);");
        w.Close();
        w.Line();
        w.Line("value = default!;");
        w.Line("return false;");
    }

    /// <summary>The single pass: each member by name into its local, then the required ones checked.</summary>
    public static void EmitTryReadMembers(SourceWriter w, TypeModel type, string helper)
    {
        w.Line(Names.GeneratedCode);
        w.Line(Names.NoInlining);
        w.Open($"private static bool TryReadMembers(ref {Names.Reader} reader, {Names.Tape} tape, ref {MembersType} members, out {Names.Error} error)");
        w.Open($"if (!{Names.ObjectReader}.TryStart(ref reader, out error))");
        w.Line("return false;");
        w.Close();
        w.Line();
        if (type.SkipUnknownMembers)
        {
            w.Line($"var unknownMembers = new {Names.NameSet}(default);");
        }

        w.Line("bool read = true;");
        w.Open($"while ({Names.ObjectReader}.NextMember(ref reader))");
        w.Line($"read = {helper}.MatchMember(ref reader) switch");
        w.Open();
        for (int i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            MemberArms.Emit(w, type, member, i, $"members.M{i}.TryRead(ref reader, tape, {Names.Quote(member.JsonPath)}, out error)", $"members.M{i}.Slot");
        }

        w.Line(type.SkipUnknownMembers
            ? $"_ => {Names.ObjectReader}.TrySkipUnknown(ref reader, tape, ref unknownMembers, out error),"
            : $"_ => {Names.ObjectReader}.RejectUnknown(ref reader, out error),");
        w.Close(";");
        w.Open("if (!read)");
        w.Line("break;");
        w.Close();
        w.Close();
        if (type.SkipUnknownMembers)
        {
            w.Line();
            w.Line("unknownMembers.Dispose();"); // As in TryReadSlots: a syntax error leaves a rented buffer to the GC.
        }

        w.Line();
        var returned = new System.Collections.Generic.List<string> { "return read" };
        for (int i = 0; i < type.Members.Count; i++)
        {
            if (type.Members[i].IsRequired)
            {
                returned.Add($"    && (members.M{i}.IsPresent || {Names.ObjectReader}.Missing(ref reader, {Names.Quote(type.Members[i].JsonPath)}, out error))");
            }
        }

        returned[returned.Count - 1] += ";";
        foreach (string line in returned)
        {
            w.Line(line);
        }

        w.Close();
    }

    private static bool IsFlat(ValueShape shape) => shape switch
    {
        ScalarShape or EnumShape => true,
        NullableShape nullable => nullable.Inner is ScalarShape or EnumShape,
        _ => false,
    };

    // An interned string keeps a pooled value as the string itself; a length check needs the slot.
    private static string MemberType(TypeModel type, MemberModel member) =>
        type.InternStrings && member.Value is ScalarShape { Kind: ScalarKind.String } && !member.Constraints.HasLength
            ? Names.Shapes + "StrictJsonPooledStringMember"
            : $"{Names.Shapes}StrictJsonMember<{ShapeNames.Of(member.Value, type.InternStrings)}, {member.Value.TypeName}>";
}
