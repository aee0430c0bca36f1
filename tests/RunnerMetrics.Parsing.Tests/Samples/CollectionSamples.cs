using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>Each collection type, with the same element type.</summary>
[StrictJson]
public sealed partial class Sequences
{
    public int[]? Array { get; set; }
    public List<int>? List { get; set; }
    public IList<int>? Ilist { get; set; }
    public ICollection<int>? Collection { get; set; }
    public IEnumerable<int>? Enumerable { get; set; }
    public IReadOnlyList<int>? ReadOnlyList { get; set; }
    public IReadOnlyCollection<int>? ReadOnlyCollection { get; set; }
    public ImmutableArray<int>? Immutable { get; set; }
}

/// <summary>A small nested object for collection elements.</summary>
[StrictJson]
public sealed partial record Item(string Name, int Size);

/// <summary>Collections nested in collections and dictionaries, with and without nullable elements.</summary>
[StrictJson]
public sealed partial class Nests
{
    public List<int[]>? Rows { get; set; }
    public Dictionary<string, List<Item>>? Groups { get; set; }
    public List<Item>? Items { get; set; }
    public List<int?>? Holes { get; set; }
    public List<string?>? Names { get; set; }
    public List<string>? Words { get; set; }
    public Item?[]? Slots { get; set; }

    [MinLength(1), MaxLength(2)]
    public List<int>? Few { get; set; }
}

/// <summary>Each dictionary type.</summary>
[StrictJson]
public sealed partial class Tallies
{
    public Dictionary<string, int>? Counts { get; set; }
    public IDictionary<string, string?>? Labels { get; set; }
    public IReadOnlyDictionary<string, Item>? ByName { get; set; }
    public Dictionary<string, Dictionary<string, long>>? Deep { get; set; }
}
