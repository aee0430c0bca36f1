using System.Collections.Generic;
using System.Globalization;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>One arm of a member switch: read the member, then check its constraints on what was read.</summary>
internal static class MemberArms
{
    /// <param name="w">The writer.</param>
    /// <param name="type">The type.</param>
    /// <param name="member">The member.</param>
    /// <param name="index">The member's index, the arm's label.</param>
    /// <param name="read">The expression that reads the member.</param>
    /// <param name="slot">The checks' argument for what was read: a tape index or a slot.</param>
    public static void Emit(SourceWriter w, TypeModel type, MemberModel member, int index, string read, string slot)
    {
        string path = Names.Quote(member.JsonPath);
        var constraints = member.Constraints;
        if (constraints == ConstraintModel.None)
        {
            w.Line($"{index} => {read},");
            return;
        }

        var target = member.Value is NullableShape nullable ? nullable.Inner : member.Value;
        var checks = new List<string>();
        if (constraints.HasRange)
        {
            string inner = ShapeNames.Of(target, type.InternStrings);
            checks.Add($"{Names.ObjectReader}.TryCheckRange<{inner}, {target.TypeName}>(ref reader, tape, {slot}, {constraints.RangeMinimum}, {constraints.RangeMaximum}, {path}, out error)");
        }

        if (constraints.HasLength)
        {
            string check = target is CollectionShape ? "TryCheckCount" : "TryCheckTextLength";
            string min = (constraints.MinLength ?? 0).ToString(CultureInfo.InvariantCulture);
            string max = constraints.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "int.MaxValue";
            checks.Add($"{Names.ObjectReader}.{check}(ref reader, tape, {slot}, {min}, {max}, {path}, out error)");
        }

        w.Line($"{index} => {read}");
        for (int i = 0; i < checks.Count; i++)
        {
            w.Line($"    && {checks[i]}{(i == checks.Count - 1 ? "," : string.Empty)}");
        }
    }
}
