using System.Linq;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes the first and second pass of a <c>[JsonPolymorphic]</c> base: find the discriminator with a look-ahead,
/// let the derived type read the object, and build through that derived type.
/// </summary>
internal static class PolymorphicEmitter
{
    public static void EmitTryReadSlots(SourceWriter w, PolymorphismModel polymorphism)
    {
        string path = Names.Quote(Parsing.JsonNames.PathOf(polymorphism.DiscriminatorName));
        w.Open($"public static bool TryReadSlots(ref {Names.Reader} reader, {Names.Tape} tape, out int block, out {Names.Error} error)");
        w.Line("block = tape.Reserve(1);");
        w.Open($"if (!{Names.Polymorphism}.TryFindDiscriminator(ref reader, {Names.Quote(polymorphism.DiscriminatorName)}u8, {path}, out var discriminator, out error))");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("return MatchCase(ref discriminator) switch");
        w.Open();
        for (int i = 0; i < polymorphism.Cases.Count; i++)
        {
            w.Line($"{i} => {Names.Polymorphism}.TryReadCase<{polymorphism.Cases[i].TypeName}>(ref reader, tape, block, {i}, out error),");
        }

        w.Line($"_ => {Names.Polymorphism}.RejectCase(ref discriminator, {path}, out error),");
        w.Close(";");
        w.Close();
        w.Line();
        MatcherEmitter.Emit(w, "MatchCase", polymorphism.Cases.Select(c => c.Discriminator).ToList());
    }

    public static void EmitBuild(SourceWriter w, TypeModel type, PolymorphismModel polymorphism)
    {
        w.Line($"private static {type.FullyQualifiedName} BuildFromTape({Names.Tape} tape, int block) => {Names.Polymorphism}.CaseOf(tape, block) switch");
        w.Open();
        for (int i = 0; i < polymorphism.Cases.Count; i++)
        {
            w.Line($"{i} => {Names.Polymorphism}.BuildCase<{polymorphism.Cases[i].TypeName}>(tape, block),");
        }

        w.Line("_ => throw new global::System.InvalidOperationException(\"The tape holds no case of this type.\"),");
        w.Close(";");
    }
}
