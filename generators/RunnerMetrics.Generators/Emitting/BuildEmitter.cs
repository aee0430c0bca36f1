using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes the second pass of a type: a private constructor that builds the value from its tape slots (or, for a
/// flat type's one-pass parse, from its members' locals). Being a constructor, it can set <c>init</c> and
/// <c>required</c> members (inherited ones too) and leave an absent optional member to its initializer.
/// </summary>
internal static class BuildEmitter
{
    public static void EmitConstructor(SourceWriter w, TypeModel type, bool fromMembers)
    {
        var construction = type.Construction;
        if (construction.KeepsImplicitConstructor && !fromMembers)
        {
            w.Line("/// <summary>Creates an instance; declared because the generated constructor would otherwise remove the implicit one.</summary>");
            w.Line(Names.GeneratedCode);
            w.Line($"public {type.Name}()");
            w.Open();
            w.Close();
            w.Line();
        }

        w.Line(fromMembers
            ? "/// <summary>Builds the value that the one-pass parse read into <paramref name=\"members\"/>.</summary>"
            : "/// <summary>Builds the value that the first pass read into tape slots from <paramref name=\"block\"/> on.</summary>");
        w.Line(Names.GeneratedCode);
        w.Line(Names.SetsRequiredMembers);
        w.Line(fromMembers ? $"private {type.Name}({Names.Tape} tape, in StrictJsonMembers members)" : $"private {type.Name}({Names.Tape} tape, int block)");
        if (construction.ParameterCount >= 0)
        {
            var arguments = ConstructorArguments(type, fromMembers);
            w.Line(arguments.Length == 0 ? "    : this()" : "    : this(");
            for (int i = 0; i < arguments.Length; i++)
            {
                w.Line($"        {arguments[i]}{(i == arguments.Length - 1 ? ")" : ",")}");
            }
        }
        else if (construction.ChainsToParameterless)
        {
            w.Line("    : this()");
        }

        w.Open();
        for (int i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            if (member.ConstructorParameterIndex >= 0)
            {
                continue;
            }

            string assignment = $"this.@{member.ClrName} = {Get(type, member, i, fromMembers)};";
            if (member.IsRequired)
            {
                w.Line(assignment);
                continue;
            }

            w.Open(fromMembers ? $"if (members.M{i}.IsPresent)" : $"if (tape.IsPresent(block + {i}))");
            w.Line(assignment);
            w.Close();
        }

        w.Close();
    }

    private static string[] ConstructorArguments(TypeModel type, bool fromMembers)
    {
        var arguments = new string[type.Construction.ParameterCount];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = "default!"; // A [JsonIgnore] constructor parameter.
        }

        for (int i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            if (member.ConstructorParameterIndex < 0)
            {
                continue;
            }

            arguments[member.ConstructorParameterIndex] = member.IsRequired ? Get(type, member, i, fromMembers)
                : fromMembers ? $"members.M{i}.BuildOrDefault(tape, {member.DefaultValue})"
                : $"tape.GetOrDefault<{ShapeNames.Of(member.Value, type.InternStrings)}, {member.Value.TypeName}>(block + {i}, {member.DefaultValue})";
        }

        return arguments;
    }

    private static string Get(TypeModel type, MemberModel member, int index, bool fromMembers) => fromMembers
        ? $"members.M{index}.Build(tape)"
        : $"tape.Get<{ShapeNames.Of(member.Value, type.InternStrings)}, {member.Value.TypeName}>(block + {index})";
}
