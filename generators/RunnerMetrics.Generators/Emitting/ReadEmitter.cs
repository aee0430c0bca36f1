using System.Collections.Generic;
using System.Globalization;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes <c>TryRead</c>: one forward pass over the object's members, dispatched by name without allocating,
/// with a bit per member to reject duplicates and report missing required members.
/// </summary>
internal static class ReadEmitter
{
    public static void EmitTryRead(SourceWriter w, TypeModel type, string helper)
    {
        var members = type.Members;
        w.Line($"/// <summary>Reads one <see cref=\"{type.Name}\"/> whose first token is the reader's current token, leaving the reader on its last token; paths in errors are relative to it.</summary>");
        w.Line(Names.GeneratedCode);
        w.Open($"public static bool TryRead(ref {Names.Reader} reader, {Names.MaybeNullWhenFalse} out {type.FullyQualifiedName} value, out {Names.Error} error)");
        w.Line("value = default!;");
        w.Open($"if (reader.TokenType != {Names.TokenType}.StartObject)");
        w.Line($"error = {Names.Runtime}.ErrorAt(ref reader, {Names.ErrorKind}.UnexpectedToken, \"$\");");
        w.Line("return false;");
        w.Close();
        w.Line();
        for (int group = 0; group * 64 < members.Count; group++)
        {
            w.Line($"ulong seen{group} = 0;");
        }

        for (int i = 0; i < members.Count; i++)
        {
            w.Line($"{members[i].Value.TypeName} member{i} = default!;");
        }

        if (type.SkipUnknownMembers)
        {
            w.Line($"var unknownMembers = new {Names.UnknownMemberNames}(stackalloc byte[{Names.UnknownMemberNames}.StackBufferLength]);");
        }

        w.Open($"while (reader.Read() && reader.TokenType == {Names.TokenType}.PropertyName)");
        w.Open($"switch ({helper}.MatchMember(ref reader))");
        var values = new ValueReadEmitter(w, type, helper);
        for (int i = 0; i < members.Count; i++)
        {
            EmitMemberCase(w, values, members[i], i);
        }

        EmitUnknownCase(w, type);
        w.Close();
        w.Close();
        w.Line();
        if (type.SkipUnknownMembers)
        {
            w.Line("unknownMembers.Dispose();");
        }

        EmitMissingChecks(w, members);
        EmitConstruction(w, type);
        w.Line("error = default;");
        w.Line("return true;");
        w.Close();
    }

    private static void EmitMemberCase(SourceWriter w, ValueReadEmitter values, MemberModel member, int index)
    {
        string seen = $"seen{index / 64}";
        string bit = Bit(index);
        w.Line($"case {index}:");
        w.Open();
        w.Open($"if (({seen} & {bit}) != 0)");
        w.Line($"error = {Names.Runtime}.ErrorAt(ref reader, {Names.ErrorKind}.DuplicateMember, {Names.Quote(member.JsonPath)});");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line($"{seen} |= {bit};");
        w.Line("reader.Read();");
        values.EmitMember(member, index, $"member{index}");
        w.Line("break;");
        w.Close();
    }

    private static void EmitUnknownCase(SourceWriter w, TypeModel type)
    {
        w.Line("default:");
        w.Open();
        if (!type.SkipUnknownMembers)
        {
            w.Line($"error = {Names.Runtime}.UnmatchedTextAt(ref reader, {Names.ErrorKind}.UnknownMember, \"$\");");
            w.Line("return false;");
            w.Close();
            return;
        }

        w.Line("var unknown = unknownMembers.Add(reader.ValueSpan, reader.ValueIsEscaped);");
        w.Open($"if (unknown != {Names.ErrorKind}.None)");
        w.Line($"error = {Names.Runtime}.ErrorAt(ref reader, unknown, \"$\");");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Open($"if (!{Names.Runtime}.TrySkipValue(ref reader, \"$\", out error))");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("break;");
        w.Close();
    }

    private static void EmitMissingChecks(SourceWriter w, Helpers.EquatableArray<MemberModel> members)
    {
        for (int group = 0; group * 64 < members.Count; group++)
        {
            ulong required = 0;
            for (int i = group * 64; i < members.Count && i < (group + 1) * 64; i++)
            {
                required |= members[i].IsRequired ? 1UL << (i % 64) : 0;
            }

            if (required == 0)
            {
                continue;
            }

            string mask = "0x" + required.ToString("X", CultureInfo.InvariantCulture) + "UL";
            w.Open($"if ((seen{group} & {mask}) != {mask})");
            for (int i = group * 64; i < members.Count && i < (group + 1) * 64; i++)
            {
                if (!members[i].IsRequired)
                {
                    continue;
                }

                w.Open($"if ((seen{group} & {Bit(i)}) == 0)");
                w.Line($"error = {Names.Runtime}.ErrorAt(ref reader, {Names.ErrorKind}.MissingMember, {Names.Quote(members[i].JsonPath)});");
                w.Line("return false;");
                w.Close();
            }

            w.Close();
            w.Line();
        }
    }

    private static void EmitConstruction(SourceWriter w, TypeModel type)
    {
        var arguments = new string[type.ConstructorParameterCount];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = "default!"; // A [JsonIgnore] constructor parameter.
        }

        var initializers = new List<string>();
        for (int i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            if (member.ConstructorParameterIndex >= 0)
            {
                arguments[member.ConstructorParameterIndex] = $"member{i}";
            }
            else
            {
                initializers.Add($"@{member.ClrName} = member{i},");
            }
        }

        string construction = $"value = new {type.FullyQualifiedName}({string.Join(", ", arguments)})";
        if (initializers.Count == 0)
        {
            w.Line(construction + ";");
            return;
        }

        w.Line(construction);
        w.Open();
        foreach (string initializer in initializers)
        {
            w.Line(initializer);
        }

        w.Close(";");
    }

    private static string Bit(int index) => "0x" + (1UL << (index % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";
}
