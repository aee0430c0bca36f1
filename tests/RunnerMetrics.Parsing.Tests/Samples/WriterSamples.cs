using System.Collections.Generic;
using System.Collections.Immutable;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>Members whose CLR values can fall outside what JSON can carry.</summary>
[StrictJson]
public sealed partial class Fragile
{
    public string Text { get; set; } = "text";
    public Item Child { get; set; } = new("child", 1);
    public List<int> Numbers { get; set; } = [1];
    public string[] Words { get; set; } = ["word"];
    public double Ratio { get; set; }
    public float Single { get; set; }
    public double? MaybeRatio { get; set; }
    public Signal Signal { get; set; }
    public Dictionary<string, int> Counts { get; set; } = new() { ["a"] = 1 };
    public ImmutableArray<int> Fixed { get; set; } = [1, 2];
    public List<Item> Items { get; set; } = [];
}
