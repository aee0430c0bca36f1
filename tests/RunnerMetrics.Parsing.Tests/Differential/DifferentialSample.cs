using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RunnerMetrics.Parsing.Tests.Differential;

/// <summary>
/// The names are spelled out so that both parsers agree without depending on how each applies a naming
/// policy to enum values; the converter refuses numbers, as a strict System.Text.Json user would configure it.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<Shade>))]
public enum Shade
{
    [JsonStringEnumMemberName("light")]
    Light,
    [JsonStringEnumMemberName("dark")]
    Dark,
    [JsonStringEnumMemberName("high_contrast")]
    HighContrast,
}

/// <summary>System.Text.Json's string enum converter without its default of also accepting integers.</summary>
public sealed class StrictEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;

/// <summary>
/// One type holding every kind the differential test compares: read by the generated parser and by
/// System.Text.Json's source generator with strict options. Non-nullable members are C# <c>required</c> so
/// that both sides require them.
/// </summary>
[StrictJson]
public sealed partial class DifferentialSample
{
    public required int Count { get; init; }
    public required long Total { get; init; }
    public required byte Level { get; init; }
    public required ulong Mask { get; init; }
    public required double Ratio { get; init; }
    public required decimal Amount { get; init; }
    public required string Name { get; init; }
    public required bool Enabled { get; init; }
    public required Shade Shade { get; init; }
    public required DateTimeOffset At { get; init; }
    public required Guid Id { get; init; }
    public required List<int> Numbers { get; init; }
    public required Dictionary<string, int> Counts { get; init; }
    public required DifferentialInner Inner { get; init; }
    public int? MaybeCount { get; init; }
    public double? MaybeRatio { get; init; }
    public string? MaybeName { get; init; }
    public Shade? MaybeShade { get; init; }
    public DateTimeOffset? MaybeAt { get; init; }
    public List<string?>? MaybeTags { get; init; }
    public DifferentialInner? MaybeInner { get; init; }
}

/// <summary>Rejects unknown members on both sides, also inside <see cref="DifferentialSkipping"/>.</summary>
[StrictJson]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed partial class DifferentialInner
{
    public required short Code { get; init; }
    public string? Note { get; init; }
}

/// <summary>System.Text.Json's source generator over the same types, with <see cref="System.Text.Json.JsonSerializerDefaults.Strict"/>.</summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DifferentialSample))]
internal sealed partial class DifferentialJsonContext : JsonSerializerContext;

/// <summary>A type that skips what it doesn't know: most of a <see cref="DifferentialSample"/> document is skipped content for it.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial class DifferentialSkipping
{
    public required int Count { get; init; }
    public string? Name { get; init; }
    public DifferentialInner? Inner { get; init; }
}

/// <summary>The same strict options, but unmapped members skipped as <see cref="DifferentialSkipping"/> does.</summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DifferentialSkipping))]
internal sealed partial class DifferentialSkippingJsonContext : JsonSerializerContext;
