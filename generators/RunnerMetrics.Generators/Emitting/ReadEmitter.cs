using System.Globalization;
using System.Linq;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes the first pass of a type, <c>TryReadSlots</c>: one forward pass over the object's members, each
/// dispatched by name to a shared runtime reader that fills the member's tape slot (a filled slot is a
/// duplicate). Nothing is built here, so a rejected document allocates nothing.
/// </summary>
internal static class ReadEmitter
{
    public static void EmitTryReadSlots(SourceWriter w, TypeModel type)
    {
        var members = type.Members;
        int slotCount = members.Count + (type.Discriminator is null ? 0 : 1);
        w.Line($"private static readonly string[] s_paths = [{string.Join(", ", members.Select(m => Names.Quote(m.JsonPath)))}];");
        w.Line();
        var required = Enumerable.Range(0, members.Count).Where(i => members[i].IsRequired).Select(i => i.ToString(CultureInfo.InvariantCulture));
        w.Line($"private static global::System.ReadOnlySpan<ushort> Required => [{string.Join(", ", required)}];");
        w.Line();
        // Kept out of TryParse: inlined there, it used up the JIT's inlining budget, and the small per-member
        // helpers it calls (the hot path) were left as calls.
        w.Line(Names.NoInlining);
        w.Open($"public static bool TryReadSlots(ref {Names.Reader} reader, {Names.Tape} tape, out int block, out {Names.Error} error)");
        w.Line($"block = tape.Reserve({slotCount});");
        EmitMemberLoop(w, type, "MatchMember", i => $"tape.TryReadMember<{ShapeNames.Of(members[i].Value, type.InternStrings)}>(ref reader, block + {i}, {Names.Quote(members[i].JsonPath)}, out error)", i => $"block + {i}");
        w.Line();
        w.Line($"return read && {Names.ObjectReader}.TryEnd(ref reader, tape, block, Required, s_paths, out error);");
        w.Close();
    }

    /// <summary>
    /// The loop over an object's members that both passes share (<c>TryReadSlots</c> and a flat type's
    /// <c>TryReadMembers</c>): each member dispatched by name to its arm, unknown ones skipped or rejected. It
    /// leaves <c>read</c> false when a member failed.
    /// </summary>
    /// <param name="w">The writer.</param>
    /// <param name="type">The type.</param>
    /// <param name="matcher">The name matcher to call.</param>
    /// <param name="read">Member index to the expression that reads it.</param>
    /// <param name="slot">Member index to what its constraint checks take: a tape index or a slot.</param>
    public static void EmitMemberLoop(SourceWriter w, TypeModel type, string matcher, System.Func<int, string> read, System.Func<int, string> slot)
    {
        var members = type.Members;
        w.Open($"if (!{Names.ObjectReader}.TryStart(ref reader, out error))");
        w.Line("return false;");
        w.Close();
        w.Line();
        if (type.SkipUnknownMembers)
        {
            // No stack buffer: one could escape through the reader by ref, so the names start in a pooled one.
            w.Line($"var unknownMembers = new {Names.NameSet}(default);");
        }

        w.Line("bool read = true;");
        w.Open($"while ({Names.ObjectReader}.NextMember(ref reader))");
        w.Line($"read = {matcher}(ref reader) switch");
        w.Open();
        for (int i = 0; i < members.Count; i++)
        {
            MemberArms.Emit(w, type, members[i], i, read(i), slot(i));
        }

        if (type.Discriminator is { } discriminator)
        {
            w.Line($"{members.Count} => {Names.Polymorphism}.TryReadDiscriminator(ref reader, tape, block + {members.Count}, {Names.Quote(discriminator.Value)}u8, {Names.Quote(Parsing.JsonNames.PathOf(discriminator.Name))}, out error),");
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
            // Not in a finally, which costs every object: when the reader throws (a syntax error), a rented
            // buffer is left to the GC instead.
            w.Line();
            w.Line("unknownMembers.Dispose();");
        }
    }
}
