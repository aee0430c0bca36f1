using System.Collections.Generic;
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
    private const string RecentStrings = "RecentStrings";

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

    /// <summary>What <c>TryParse</c> and <c>TryRead</c> of a flat type declare, call and build.</summary>
    public static ParseSteps Steps(TypeModel type) => new(
        $"var members = default({MembersType});",
        "TryReadMembers(ref reader, tape, ref members, out error)",
        $"new {type.FullyQualifiedName}(tape, in members)");

    /// <summary>The single pass: each member by name into its local, then the required ones checked.</summary>
    public static void EmitTryReadMembers(SourceWriter w, TypeModel type, string helper)
    {
        w.Line(Names.GeneratedCode);
        w.Line(Names.NoInlining);
        w.Open($"private static bool TryReadMembers(ref {Names.Reader} reader, {Names.Tape} tape, ref {MembersType} members, out {Names.Error} error)");
        var pooled = PooledMembers(type);
        ReadEmitter.EmitMemberLoop(
            w,
            type,
            $"{helper}.MatchMember",
            i => pooled.IndexOf(i) is int k and >= 0
                ? $"members.M{i}.TryRead(ref reader, tape, {helper}.{RecentStrings} + {k}, {Names.Quote(type.Members[i].JsonPath)}, out error)"
                : $"members.M{i}.TryRead(ref reader, tape, {Names.Quote(type.Members[i].JsonPath)}, out error)",
            i => $"members.M{i}.Slot");
        w.Line();
        var required = Enumerable.Range(0, type.Members.Count).Where(i => type.Members[i].IsRequired).ToList();
        w.Line(required.Count == 0 ? "return read;" : "return read");
        foreach (int i in required)
        {
            string end = i == required[required.Count - 1] ? ";" : string.Empty;
            w.Line($"    && (members.M{i}.IsPresent || {Names.ObjectReader}.Missing(ref reader, {Names.Quote(type.Members[i].JsonPath)}, out error)){end}");
        }

        w.Close();
    }

    /// <summary>The helper class's ids for its interned members' last values (see <c>StrictJsonTape.RecentString</c>).</summary>
    public static void EmitRecentStrings(SourceWriter w, TypeModel type)
    {
        int count = Applies(type) ? PooledMembers(type).Count : 0;
        if (count > 0)
        {
            w.Line($"public static readonly int {RecentStrings} = {Names.Tape}.ReserveRecentStrings({count});");
        }
    }

    private static List<int> PooledMembers(TypeModel type) =>
        Enumerable.Range(0, type.Members.Count).Where(i => IsPooled(type, type.Members[i])).ToList();

    private static bool IsFlat(ValueShape shape) => shape switch
    {
        ScalarShape or EnumShape => true,
        NullableShape nullable => nullable.Inner is ScalarShape or EnumShape,
        _ => false,
    };

    // An interned string, nullable or not, keeps a pooled value as the string itself; a length check needs the slot.
    private static bool IsPooled(TypeModel type, MemberModel member) =>
        type.InternStrings
        && member.Value is ScalarShape { Kind: ScalarKind.String } or NullableShape { Inner: ScalarShape { Kind: ScalarKind.String } }
        && !member.Constraints.HasLength;

    private static string MemberType(TypeModel type, MemberModel member) => IsPooled(type, member)
        ? Names.Shapes + (member.Value is NullableShape ? "StrictJsonNullablePooledStringMember" : "StrictJsonPooledStringMember")
        : $"{Names.Shapes}StrictJsonMember<{ShapeNames.Of(member.Value, type.InternStrings)}, {member.Value.TypeName}>";
}
