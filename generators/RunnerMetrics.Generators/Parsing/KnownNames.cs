namespace RunnerMetrics.Generators.Parsing;

/// <summary>Metadata names of the attributes the parser reads; matched by name so no reference is needed.</summary>
internal static class KnownNames
{
    public const string StrictJsonAttribute = "RunnerMetrics.Parsing.StrictJsonAttribute";
    public const string JsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string JsonIgnoreAttribute = "System.Text.Json.Serialization.JsonIgnoreAttribute";
    public const string JsonStringEnumMemberNameAttribute = "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute";
    public const string RangeAttribute = "System.ComponentModel.DataAnnotations.RangeAttribute";
    public const string MinLengthAttribute = "System.ComponentModel.DataAnnotations.MinLengthAttribute";
    public const string MaxLengthAttribute = "System.ComponentModel.DataAnnotations.MaxLengthAttribute";
}
