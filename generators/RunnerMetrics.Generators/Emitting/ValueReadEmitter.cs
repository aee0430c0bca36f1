using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// Writes the code that reads the reader's current token into a variable, for a member or an array element.
/// On failure it leaves <c>error</c> set and returns <see langword="false"/> from the enclosing method.
/// </summary>
internal sealed class ValueReadEmitter(SourceWriter w, TypeModel type, string helper)
{
    private int _counter;

    /// <summary>Reads member <paramref name="memberIndex"/> into <paramref name="target"/>; errors carry its constant path.</summary>
    public void EmitMember(MemberModel member, int memberIndex, string target)
    {
        string path = Names.Quote(member.JsonPath);
        Emit(member.Value, target, path, $"TryReadArray{memberIndex}_0", member.Constraints, relativeFailure: [$"error = error.WithinMember({path});"], failure: []);
    }

    /// <summary>Reads an element of the array helper <paramref name="arrayHelper"/> into <paramref name="target"/>.</summary>
    public void EmitElement(ValueModel element, string target, string arrayHelper)
    {
        // The index is read before Reset, which sets the count back to zero.
        string[] failure = ["error = error.WithinElement(path, items.Count);", "items.Reset();"];
        Emit(element, target, "\"$\"", arrayHelper, ConstraintModel.None, failure, failure);
    }

    private void Emit(ValueModel value, string target, string path, string arrayHelper, ConstraintModel constraints, string[] relativeFailure, string[] failure)
    {
        if (value.IsNullable)
        {
            w.Open($"if (reader.TokenType == {Names.TokenType}.Null)");
            w.Line($"{target} = null;");
            w.Close();
            w.Open("else");
        }

        string local = $"read{_counter++}";
        string pool = type.InternStrings ? $"{Names.StringPool}, " : string.Empty;
        string call = value.Kind switch
        {
            ValueKind.String => $"{Names.Runtime}.TryReadString(ref reader, {path}, {pool}out var {local}, out error)",
            ValueKind.Boolean => $"{Names.Runtime}.TryReadBoolean(ref reader, {path}, out var {local}, out error)",
            ValueKind.Int32 => $"{Names.Runtime}.TryReadInt32(ref reader, {path}, out var {local}, out error)",
            ValueKind.Int64 => $"{Names.Runtime}.TryReadInt64(ref reader, {path}, out var {local}, out error)",
            ValueKind.Double => $"{Names.Runtime}.TryReadDouble(ref reader, {path}, out var {local}, out error)",
            ValueKind.Enum => $"{helper}.TryReadEnum{value.EnumIndex}(ref reader, {path}, out var {local}, out error)",
            ValueKind.Array => $"{helper}.{arrayHelper}(ref reader, {path}, out var {local}, out error)",
            _ => $"{NonNullable(value.TypeName)}.TryRead(ref reader, out var {local}, out error)",
        };
        w.Open($"if (!{call})");
        foreach (string line in value.Kind == ValueKind.Object ? relativeFailure : failure)
        {
            w.Line(line);
        }

        w.Line("return false;");
        w.Close();
        w.Line();
        EmitConstraints(constraints, value, local, path, failure);
        w.Line($"{target} = {local};");
        if (value.IsNullable)
        {
            w.Close();
        }
    }

    private void EmitConstraints(ConstraintModel constraints, ValueModel value, string local, string path, string[] failure)
    {
        string? check = null;
        if (constraints.HasRange)
        {
            check = $"{local} < {constraints.RangeMinimum} || {local} > {constraints.RangeMaximum}";
        }
        else if (constraints.HasLength)
        {
            string length = $"{local}.Length";
            check = (constraints.MinLength, constraints.MaxLength) switch
            {
                ({ } min, { } max) => $"{length} < {min} || {length} > {max}",
                ({ } min, null) => $"{length} < {min}",
                (null, { } max) => $"{length} > {max}",
                _ => null,
            };
        }

        if (check is null || value.Kind == ValueKind.Object)
        {
            return;
        }

        w.Open($"if ({check})");
        foreach (string line in failure)
        {
            w.Line(line);
        }

        w.Line($"error = {Names.Runtime}.ErrorAt(ref reader, {Names.ErrorKind}.OutOfRange, {path});");
        w.Line("return false;");
        w.Close();
        w.Line();
    }

    public static string NonNullable(string typeName) => typeName.EndsWith("?", System.StringComparison.Ordinal) ? typeName.Substring(0, typeName.Length - 1) : typeName;
}
