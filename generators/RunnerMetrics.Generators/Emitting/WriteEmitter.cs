using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>Writes <c>WriteTo</c>: the members in declaration order under their JSON names, <c>null</c> optional members left out.</summary>
internal static class WriteEmitter
{
    public static void EmitWriteTo(SourceWriter w, TypeModel type, string helper)
    {
        w.Line("/// <summary>Writes this value as a JSON object that <c>Parse</c> reads back as an equal value; <see langword=\"null\"/> optional members are left out.</summary>");
        w.Line(Names.GeneratedCode);
        w.Open($"public void WriteTo({Names.Writer} writer)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        w.Line("writer.WriteStartObject();");
        int counter = 0;
        for (int i = 0; i < type.Members.Count; i++)
        {
            var member = type.Members[i];
            string name = $"{helper}.Member{i}";
            string access = $"this.@{member.ClrName}";
            if (member.Value.IsNullable)
            {
                string local = $"value{counter++}";
                w.Open($"if ({access} is {{ }} {local})");
                EmitMember(w, member.Value, name, local, helper, ref counter);
                w.Close();
            }
            else
            {
                EmitMember(w, member.Value, name, access, helper, ref counter);
            }
        }

        w.Line("writer.WriteEndObject();");
        w.Close();
    }

    private static void EmitMember(SourceWriter w, ValueModel value, string name, string expression, string helper, ref int counter)
    {
        switch (value.Kind)
        {
            case ValueKind.String:
                w.Line($"writer.WriteString({name}, {expression});");
                break;
            case ValueKind.Boolean:
                w.Line($"writer.WriteBoolean({name}, {expression});");
                break;
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double:
                w.Line($"writer.WriteNumber({name}, {expression});");
                break;
            case ValueKind.Enum:
                w.Line($"writer.WriteString({name}, {helper}.EnumText{value.EnumIndex}({expression}));");
                break;
            default:
                w.Line($"writer.WritePropertyName({name});");
                EmitValue(w, value, expression, helper, ref counter);
                break;
        }
    }

    private static void EmitValue(SourceWriter w, ValueModel value, string expression, string helper, ref int counter)
    {
        switch (value.Kind)
        {
            case ValueKind.String:
                w.Line($"writer.WriteStringValue({expression});");
                break;
            case ValueKind.Boolean:
                w.Line($"writer.WriteBooleanValue({expression});");
                break;
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double:
                w.Line($"writer.WriteNumberValue({expression});");
                break;
            case ValueKind.Enum:
                w.Line($"writer.WriteStringValue({helper}.EnumText{value.EnumIndex}({expression}));");
                break;
            case ValueKind.Object:
                w.Line($"{expression}.WriteTo(writer);");
                break;
            case ValueKind.Array:
                string item = $"item{counter++}";
                w.Line("writer.WriteStartArray();");
                w.Open($"foreach (var {item} in {expression})");
                EmitElement(w, value.Element!, item, helper, ref counter);
                w.Close();
                w.Line("writer.WriteEndArray();");
                break;
        }
    }

    private static void EmitElement(SourceWriter w, ValueModel element, string item, string helper, ref int counter)
    {
        if (!element.IsNullable)
        {
            EmitValue(w, element, item, helper, ref counter);
            return;
        }

        string local = $"value{counter++}";
        w.Open($"if ({item} is {{ }} {local})");
        EmitValue(w, element, local, helper, ref counter);
        w.Close();
        w.Open("else");
        w.Line("writer.WriteNullValue();");
        w.Close();
    }
}
