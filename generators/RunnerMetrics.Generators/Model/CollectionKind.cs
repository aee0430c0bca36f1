namespace RunnerMetrics.Generators.Model;

/// <summary>How a JSON array becomes the declared collection.</summary>
internal enum CollectionKind
{
    /// <summary><c>T[]</c>.</summary>
    Array,

    /// <summary><c>ImmutableArray&lt;T&gt;</c>.</summary>
    ImmutableArray,

    /// <summary>A <c>List&lt;T&gt;</c>, declared as itself or an interface it implements.</summary>
    List,
}
