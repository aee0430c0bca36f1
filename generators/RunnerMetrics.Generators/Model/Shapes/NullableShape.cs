namespace RunnerMetrics.Generators.Model;

/// <summary><c>null</c> or <paramref name="Inner"/>: a <c>Nullable&lt;T&gt;</c> or an annotated reference type.</summary>
/// <param name="TypeName">The nullable C# type.</param>
/// <param name="Inner">The shape of a non-null value.</param>
/// <param name="IsValueType">Whether it is <c>Nullable&lt;T&gt;</c>.</param>
internal sealed record NullableShape(string TypeName, ValueShape Inner, bool IsValueType) : ValueShape(TypeName)
{
    public override bool IsNullable => true;
}
