namespace RunnerMetrics.Generators.Model;

/// <summary>
/// A member or element value: its kind, its C# type (fully qualified, nullable annotation included) and
/// whether JSON <c>null</c> is allowed.
/// </summary>
/// <param name="Kind">The JSON shape.</param>
/// <param name="TypeName">The C# type as written in generated code, e.g. <c>global::System.Int32?</c>.</param>
/// <param name="IsNullable">Whether <c>null</c> is accepted (and the C# type is nullable).</param>
/// <param name="IsNullableValueType">Whether the C# type is <c>Nullable&lt;T&gt;</c>, so writing needs <c>.Value</c>.</param>
/// <param name="Element">For arrays, the element value.</param>
/// <param name="EnumIndex">For enums, the index of its <see cref="EnumModel"/> in the type model.</param>
internal sealed record ValueModel(
    ValueKind Kind,
    string TypeName,
    bool IsNullable,
    bool IsNullableValueType,
    ValueModel? Element,
    int EnumIndex);
