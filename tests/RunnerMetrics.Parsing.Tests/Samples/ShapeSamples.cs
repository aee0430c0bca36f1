using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>An enum with negative and explicit values and custom JSON names.</summary>
public enum Signal
{
    [JsonStringEnumMemberName("SIGKILL")]
    Kill = -9,
    [JsonStringEnumMemberName("term")]
    Terminate = -15,
    None = 0,
    [JsonStringEnumMemberName("häng up")]
    HangUp = 1,
    UserDefined = 10,
}

/// <summary>A plain mutable struct.</summary>
[StrictJson]
public partial struct Point
{
    public int X { get; set; }
    public int Y { get; set; }
    public long? Z { get; set; }
}

/// <summary>A record class with a primary constructor and an extra init property.</summary>
[StrictJson]
public partial record Measurement(string Name, double Value, Signal Signal)
{
    public string? Unit { get; init; }
}

/// <summary>Skips unknown members; everything else stays strict.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial class Lenient
{
    public int Id { get; set; }
    public string? Note { get; set; }
}

/// <summary>Only skips: any object of valid JSON without an "id" works with <see cref="OnlySkips"/>.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial class OnlySkips
{
    public int? Id { get; set; }
}

/// <summary>Arrays nested and with nullable elements.</summary>
[StrictJson]
public sealed partial class Arrays
{
    public int[][] Matrix { get; set; } = [];
    public long?[]? Sparse { get; set; }
    public bool?[]? Flags { get; set; }
    public double[]? Ratios { get; set; }
    public Signal?[]? Signals { get; set; }
    public Point?[]? Points { get; set; }
    public string[][][]? Cube { get; set; }
}

/// <summary>Boundaries of Range, MinLength and MaxLength on every type they apply to.</summary>
[StrictJson]
public sealed partial class Bounded
{
    [Range(-10, 10)]
    public int Int { get; set; }

    [Range(0, 5_000_000_000)]
    public long? Long { get; set; }

    [Range(-1.5, 2.5)]
    public double? Double { get; set; }

    [MinLength(2), MaxLength(4)]
    public string? Text { get; set; }

    [MinLength(1), MaxLength(2)]
    public int[]? Items { get; set; }
}

/// <summary>Integers at their type limits.</summary>
[StrictJson]
public sealed partial class Limits
{
    public int? Int { get; set; }
    public long? Long { get; set; }
    public double? Double { get; set; }
}

/// <summary>Three levels of nesting, for error paths.</summary>
[StrictJson]
public sealed partial class Outer
{
    public Middle Middle { get; set; } = null!;
    public Middle[]? Middles { get; set; }
}

[StrictJson]
public sealed partial class Middle
{
    public ExitInfo Inner { get; set; }
    public ExitInfo[]? Inners { get; set; }
}

/// <summary>A struct that skips unknown members and interns strings, with a nested value.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip, InternStrings = true)]
public partial record struct InternedEnd(double Timestamp, JobStatus Status, ExitInfo? StatusInfo, string? Note);

/// <summary>An enum with an alias: both names read, the first one is written.</summary>
public enum Stage
{
    Queued,
    Done,
    Finished = Done,
}

/// <summary>Holds a <see cref="Stage"/>.</summary>
[StrictJson]
public partial record StageReport(Stage Stage);
