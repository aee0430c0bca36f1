namespace RunnerMetrics.Generators.Parsing;

/// <summary>Metadata names of the attributes and types the parser recognizes; matched by name so no reference is needed.</summary>
internal static class KnownNames
{
    public const string StrictJsonAttribute = "RunnerMetrics.Parsing.StrictJsonAttribute";
    public const string JsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string JsonPropertyOrderAttribute = "System.Text.Json.Serialization.JsonPropertyOrderAttribute";
    public const string JsonIgnoreAttribute = "System.Text.Json.Serialization.JsonIgnoreAttribute";
    public const string JsonStringEnumMemberNameAttribute = "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute";
    public const string JsonPolymorphicAttribute = "System.Text.Json.Serialization.JsonPolymorphicAttribute";
    public const string JsonDerivedTypeAttribute = "System.Text.Json.Serialization.JsonDerivedTypeAttribute";
    public const string RangeAttribute = "System.ComponentModel.DataAnnotations.RangeAttribute";
    public const string MinLengthAttribute = "System.ComponentModel.DataAnnotations.MinLengthAttribute";
    public const string MaxLengthAttribute = "System.ComponentModel.DataAnnotations.MaxLengthAttribute";
    public const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    /// <summary>The interfaces generated code implements (original definitions).</summary>
    public const string ParsableInterface = "RunnerMetrics.Parsing.IStrictJsonParsable<TSelf>";
    public const string ObjectInterface = "RunnerMetrics.Parsing.Runtime.IStrictJsonObject<TSelf>";

    /// <summary>The collection interfaces a <c>List&lt;T&gt;</c> stands for (original definitions).</summary>
    public static readonly string[] ListTypes =
    [
        "System.Collections.Generic.List<T>",
        "System.Collections.Generic.IList<T>",
        "System.Collections.Generic.ICollection<T>",
        "System.Collections.Generic.IEnumerable<T>",
        "System.Collections.Generic.IReadOnlyList<T>",
        "System.Collections.Generic.IReadOnlyCollection<T>",
    ];

    public const string ImmutableArray = "System.Collections.Immutable.ImmutableArray<T>";

    /// <summary>The dictionary types a <c>Dictionary&lt;string, T&gt;</c> stands for.</summary>
    public static readonly string[] DictionaryTypes =
    [
        "System.Collections.Generic.Dictionary<TKey, TValue>",
        "System.Collections.Generic.IDictionary<TKey, TValue>",
        "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>",
    ];
}
