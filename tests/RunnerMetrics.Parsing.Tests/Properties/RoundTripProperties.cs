using System;
using System.Linq;
using CsCheck;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Properties;

/// <summary>Whatever <c>WriteTo</c> writes, <c>Parse</c> reads back as an equal value.</summary>
public class RoundTripProperties
{
    private const long Iterations = 2_000;

    [Fact]
    public void Record_values_round_trip() =>
        ValueGenerators.Measurement.Sample(value => Assert.Equal(value, RoundTrip(value)), iter: Iterations);

    [Fact]
    public void Struct_values_round_trip() =>
        ValueGenerators.Point.Sample(value => Assert.Equal(value, RoundTrip(value)), iter: Iterations);

    [Fact]
    public void Record_struct_values_round_trip() =>
        ValueGenerators.JobStart.Sample(value => Assert.Equal(value, RoundTrip(value)), iter: Iterations);

    [Fact]
    public void Interned_values_with_nested_structs_round_trip() =>
        ValueGenerators.InternedSample.Sample(value => Assert.Equal(value, RoundTrip(value)), iter: Iterations);

    [Fact]
    public void Class_values_of_every_member_kind_round_trip() =>
        ValueGenerators.EveryKind.Sample(value => AssertEqual(value, RoundTrip(value)), iter: Iterations);

    [Fact]
    public void Nested_and_nullable_arrays_round_trip() =>
        ValueGenerators.Arrays.Sample(value => AssertEqual(value, RoundTrip(value)), iter: Iterations);

    [Fact]
    public void Doubles_round_trip_bit_for_bit() =>
        ValueGenerators.FiniteDouble.Sample(
            number => Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(RoundTrip(new Limits { Double = number }).Double!.Value)),
            iter: Iterations);

    private static T RoundTrip<T>(T value)
        where T : IStrictJsonParsable<T>
    {
        byte[] written = Expect.Written(value);
        var parsed = Expect.Accepted<T>(written);
        Assert.Equal(written, Expect.Written(parsed));
        return parsed;
    }

    private static void AssertEqual(EveryKind expected, EveryKind actual)
    {
        Assert.Equal(
            (expected.Text, expected.OptionalText, expected.Flag, expected.OptionalFlag, expected.Small, expected.OptionalSmall, expected.Big, expected.OptionalBig),
            (actual.Text, actual.OptionalText, actual.Flag, actual.OptionalFlag, actual.Small, actual.OptionalSmall, actual.Big, actual.OptionalBig));
        Assert.Equal(
            (expected.Ratio, expected.OptionalRatio, expected.Status, expected.OptionalStatus, expected.Exit, expected.OptionalExit, expected.Renamed),
            (actual.Ratio, actual.OptionalRatio, actual.Status, actual.OptionalStatus, actual.Exit, actual.OptionalExit, actual.Renamed));
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Numbers, actual.Numbers);
        Assert.Equal(expected.Holes, actual.Holes);
        AssertJagged(expected.Grid, actual.Grid);
        Assert.Equal(expected.Exits, actual.Exits);
    }

    private static void AssertEqual(Arrays expected, Arrays actual)
    {
        AssertJagged(expected.Matrix, actual.Matrix);
        Assert.Equal(expected.Sparse, actual.Sparse);
        Assert.Equal(expected.Flags, actual.Flags);
        Assert.Equal(expected.Ratios, actual.Ratios);
        Assert.Equal(expected.Signals, actual.Signals);
        Assert.Equal(expected.Points, actual.Points);
        Assert.Equal(expected.Cube?.Length, actual.Cube?.Length);
        for (int i = 0; i < (expected.Cube?.Length ?? 0); i++)
        {
            AssertJagged(expected.Cube![i], actual.Cube![i]);
        }
    }

    private static void AssertJagged<T>(T[][]? expected, T[][]? actual)
    {
        Assert.Equal(expected is null, actual is null);
        Assert.True(expected is null || expected.Zip(actual!).All(pair => pair.First.SequenceEqual(pair.Second)) && expected.Length == actual!.Length);
    }
}
