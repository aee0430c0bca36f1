using System;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>Every numeric width, each optional so a document can hold one at a time.</summary>
[StrictJson]
public sealed partial class Widths
{
    public byte? Byte { get; set; }
    public sbyte? Sbyte { get; set; }
    public short? Short { get; set; }
    public ushort? Ushort { get; set; }
    public int? Int { get; set; }
    public uint? Uint { get; set; }
    public long? Long { get; set; }
    public ulong? Ulong { get; set; }
    public float? Float { get; set; }
    public double? Double { get; set; }
    public decimal? Decimal { get; set; }
}

/// <summary>Required values of every non-string scalar kind, for the allocation tests.</summary>
[StrictJson]
public partial record struct Scalars(
    byte Byte,
    sbyte Sbyte,
    short Short,
    ushort Ushort,
    uint Uint,
    ulong Ulong,
    float Float,
    decimal Decimal,
    Guid Id,
    DateTimeOffset At,
    DateTime Utc,
    DateOnly Day);
