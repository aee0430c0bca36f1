using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes the members of a type whose SJ diagnostics stop the build: they only throw, and exist so that
/// types nesting it compile, and the user sees the SJ diagnostics rather than a cascade of compiler errors.
/// </summary>
internal static class StubEmitter
{
    public static void EmitMembers(SourceWriter w, TypeModel type)
    {
        string self = type.FullyQualifiedName;
        string fail = $"throw new global::System.InvalidOperationException({Names.Quote(type.Name + " has [StrictJson] errors (SJ diagnostics) and no generated parser.")})";
        string hides = type.HidesBaseMembers ? "new " : string.Empty;
        w.Line(Names.GeneratedCode);
        w.Line($"public static bool TryParse({Names.ByteSpan} utf8Json, {Names.MaybeNullWhenFalse} out {self} value, out {Names.Error} error) => {fail};");
        w.Line(Names.GeneratedCode);
        w.Line($"public static {hides}{self} Parse({Names.ByteSpan} utf8Json) => {fail};");
        w.Line(Names.GeneratedCode);
        w.Line($"public static bool TryRead(ref {Names.Reader} reader, {Names.MaybeNullWhenFalse} out {self} value, out {Names.Error} error) => {fail};");
        w.Line(Names.GeneratedCode);
        w.Line($"static bool {Names.ObjectInterface}<{self}>.TryReadSlots(ref {Names.Reader} reader, {Names.Tape} tape, out int block, out {Names.Error} error) => {fail};");
        w.Line(Names.GeneratedCode);
        w.Line($"static {self} {Names.ObjectInterface}<{self}>.Build({Names.Tape} tape, int block) => {fail};");
        w.Line(Names.GeneratedCode);
        w.Line($"public {hides}void WriteTo({Names.Writer} writer) => {fail};");
    }
}
