using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes <c>WriteTo</c>: a derived type's discriminator first (after any member with a negative <c>[JsonPropertyOrder]</c>),
/// then the members in order under their JSON names, <c>null</c> optional members left out (a <c>null</c> C#
/// <c>required</c> member is written as <c>null</c>); each value goes through its shape, which rejects values outside JSON.
/// </summary>
internal static class WriteEmitter
{
    public static void EmitWriteTo(SourceWriter w, TypeModel type, string helper)
    {
        w.Line("/// <summary>Writes this value as a JSON object that <c>Parse</c> reads back as an equal value; <see langword=\"null\"/> optional members are left out.</summary>");
        w.Line("/// <exception cref=\"global::System.InvalidOperationException\">A member holds a value JSON can't carry (null where not allowed, NaN, an unnamed enum value, a lone surrogate).</exception>");
        w.Line(Names.GeneratedCode);
        w.Open($"public {(type.HidesBaseMembers ? "new " : string.Empty)}void WriteTo({Names.Writer} writer)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        if (type.Polymorphism is { } polymorphism)
        {
            EmitDispatch(w, type, polymorphism);
            w.Close();
            return;
        }

        if (type.Discriminator is { MoreDerivedCases.Count: > 0 } discriminator)
        {
            // A value of a more derived case held as this type is written as itself, never as this case.
            EmitCases(w, discriminator.MoreDerivedCases);
        }

        w.Line("writer.WriteStartObject();");
        bool discriminatorWritten = type.Discriminator is null;
        for (int i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            if (!discriminatorWritten && member.Order >= 0)
            {
                EmitDiscriminator(w, helper);
                discriminatorWritten = true;
            }

            string path = Names.Quote(member.JsonPath);
            if (member.Value is NullableShape nullable)
            {
                w.Open($"if (this.@{member.ClrName} is {{ }} value{i})");
                w.Line($"{Names.ObjectWriter}.Write<{ShapeNames.Of(nullable.Inner, type.InternStrings)}, {nullable.Inner.TypeName}>(writer, {helper}.Member{i}, value{i}, {path});");
                w.Close();
                if (member.IsRequired)
                {
                    // A C# required member must be present even when null: leaving it out would not read back.
                    w.Open("else");
                    w.Line($"writer.WriteNull({helper}.Member{i});");
                    w.Close();
                }
            }
            else
            {
                w.Line($"{Names.ObjectWriter}.Write<{ShapeNames.Of(member.Value, type.InternStrings)}, {member.Value.TypeName}>(writer, {helper}.Member{i}, this.@{member.ClrName}, {path});");
            }
        }

        if (!discriminatorWritten)
        {
            EmitDiscriminator(w, helper);
        }

        w.Line("writer.WriteEndObject();");
        w.Close();
    }

    // First, unless members are ordered before it with a negative [JsonPropertyOrder].
    private static void EmitDiscriminator(SourceWriter w, string helper) =>
        w.Line($"writer.WriteString({helper}.Discriminator, {helper}.DiscriminatorValue);");

    /// <summary>A base writes through its derived type, most derived first; it has no discriminator of its own.</summary>
    private static void EmitDispatch(SourceWriter w, TypeModel type, PolymorphismModel polymorphism)
    {
        EmitCases(w, polymorphism.Cases);
        w.Line($"{Names.Polymorphism}.ThrowNotDerived(this, {Names.Quote(type.Name)});");
    }

    private static void EmitCases(SourceWriter w, Helpers.EquatableArray<DerivedTypeModel> cases)
    {
        w.Open("switch (this)");
        for (int i = 0; i < cases.Count; i++)
        {
            w.Line($"case {cases[i].TypeName} derived{i}:");
            w.Line($"    derived{i}.WriteTo(writer);");
            w.Line("    return;");
        }

        w.Close();
        w.Line();
    }
}
