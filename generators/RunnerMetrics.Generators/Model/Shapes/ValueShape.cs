namespace RunnerMetrics.Generators.Model;

/// <summary>
/// What a member or element holds, by JSON shape: one case per shape (scalar, enum, object, collection,
/// dictionary, nullable). The emitter turns each into a runtime shape struct, so a new kind adds a case
/// here and a struct in the runtime, not code in every generated file.
/// </summary>
/// <param name="TypeName">The C# type as generated code writes it (<c>global::</c>-qualified, nullable annotation included).</param>
internal abstract record ValueShape(string TypeName)
{
    /// <summary>Whether JSON <c>null</c> is accepted.</summary>
    public virtual bool IsNullable => false;
}
