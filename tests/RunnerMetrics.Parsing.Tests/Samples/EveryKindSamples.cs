using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>
/// Members of every kind in front of a last integer, so that a bad <c>last</c> rejects the document after
/// everything before it has been read.
/// </summary>
[StrictJson]
public sealed partial class LateError
{
    public string? A { get; set; }
    public string? B { get; set; }
    public string? C { get; set; }
    public Item? Nested { get; set; }
    public List<Item>? Items { get; set; }
    public Dictionary<string, string>? Map { get; set; }
    public DateTimeOffset? At { get; set; }
    public DateTime? Utc { get; set; }
    public DateOnly? Day { get; set; }
    public Guid? Id { get; set; }
    public decimal? Amount { get; set; }
    public string[][]? Grid { get; set; }
    public int Last { get; set; }
}

/// <summary>Only value types and interned strings: a successful parse allocates nothing once warmed up.</summary>
[StrictJson(InternStrings = true)]
public partial record struct ValueKinds(
    Scalars Scalars,
    int Int,
    long Long,
    double Double,
    Signal Signal,
    Signal? MaybeSignal,
    ExitInfo Exit,
    Guid? MaybeId,
    DateTimeOffset? MaybeAt,
    string Name,
    string? Note);

/// <summary>Every kind at once, nullable and not, nested in collections and dictionaries, for round trips.</summary>
[StrictJson]
public sealed partial class AllKinds
{
    public byte Byte { get; set; }
    public sbyte Sbyte { get; set; }
    public short Short { get; set; }
    public ushort Ushort { get; set; }
    public int Int { get; set; }
    public uint Uint { get; set; }
    public long Long { get; set; }
    public ulong Ulong { get; set; }
    public float Float { get; set; }
    public double Double { get; set; }
    public decimal Decimal { get; set; }
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTime Utc { get; set; }
    public DateOnly Day { get; set; }
    public Signal Signal { get; set; }
    public string Text { get; set; } = "";
    public ulong? MaybeUlong { get; set; }
    public decimal? MaybeDecimal { get; set; }
    public Guid? MaybeId { get; set; }
    public DateTimeOffset? MaybeAt { get; set; }
    public DateOnly? MaybeDay { get; set; }
    public Signal? MaybeSignal { get; set; }
    public Item? MaybeItem { get; set; }
    public List<int[]> Rows { get; set; } = [];
    public Dictionary<string, List<Item>> Groups { get; set; } = [];
    public IReadOnlyDictionary<string, decimal?>? Prices { get; set; }
    public ImmutableArray<DateTimeOffset> Times { get; set; } = [];
    public IReadOnlyList<Guid?>? Ids { get; set; }
    public float[][]? Floats { get; set; }
    public Dictionary<string, Dictionary<string, Signal>>? Nested { get; set; }
}
