using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>C# <c>required</c> members: set by the generated code, required even when nullable.</summary>
[StrictJson]
public sealed partial class WithRequired
{
    public required string Name { get; set; }
    public required int? Count { get; init; }
    public string Label { get; init; } = "";
    public string? Note { get; init; }
}

/// <summary>A base type the generator does not know about.</summary>
public class PlainBase
{
    public string Origin { get; set; } = "";
    public int? Rank { get; init; }
}

/// <summary>Members of its own and from a plain base.</summary>
[StrictJson]
public sealed partial class FromPlainBase : PlainBase
{
    public int Level { get; set; }
}

/// <summary>A <c>[StrictJson]</c> type that others derive from.</summary>
[StrictJson]
public partial class Animal
{
    public string Name { get; set; } = "";
}

/// <summary>A <c>[StrictJson]</c> type derived from another: its generated members hide the base's without CS0108.</summary>
[StrictJson]
public sealed partial class Dog : Animal
{
    public bool Good { get; set; }
}

/// <summary>Optional members with a visible default.</summary>
[StrictJson]
public sealed partial record Defaults(string Name, int Retries = 3, string Mode = "fast", Signal Signal = Signal.HangUp);

/// <summary>A nullable property with an initializer keeps it when absent.</summary>
[StrictJson]
public sealed partial class Initialized
{
    public string? Keep { get; set; } = "keep";
    public int? Number { get; set; } = 7;
    public string Plain { get; set; } = "not optional";
}

/// <summary>Range bounds compared exactly on 64-bit integers.</summary>
[StrictJson]
public sealed partial class WideRange
{
    // 2^53: exactly representable as a double; 2^53 + 1 is not, and rounds down to 2^53 as a double.
    [Range(0, 9007199254740992d)]
    public long? Long { get; set; }

    [Range(0, 9007199254740992d)]
    public ulong? Ulong { get; set; }

    [Range(-9007199254740992d, 0)]
    public long? Negative { get; set; }

    // 0 is the lowest byte: the bound must stay a minimum, not wrap to the maximum.
    [Range(0, 200)]
    public byte? Byte { get; set; }

    [Range(0, 9007199254740992d)]
    public uint? Uint { get; set; }

    [MinLength(1), MaxLength(2)]
    public List<string>? Names { get; set; }
}
