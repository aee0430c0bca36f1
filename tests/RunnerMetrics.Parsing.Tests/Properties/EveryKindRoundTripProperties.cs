using System;
using System.Linq;
using CsCheck;
using RunnerMetrics.Parsing.Tests.Samples;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Properties;

/// <summary>Random values holding every kind: <c>WriteTo</c> then <c>Parse</c> gives an equal value, element by element.</summary>
public class EveryKindRoundTripProperties
{
    private const long Iterations = 1_000;

    private static readonly long FourteenHours = TimeSpan.FromHours(14).Ticks;

    private static readonly Gen<float> FiniteFloat = Gen.Frequency(
        (6, Gen.Float.Where(float.IsFinite)),
        (1, Gen.OneOfConst(0f, -0f, float.MaxValue, float.MinValue, float.Epsilon, 0.1f, 16777217f)));

    private static readonly Gen<decimal> Decimal = Gen.Frequency(
        (6, Gen.Decimal),
        (1, Gen.OneOfConst(decimal.MaxValue, decimal.MinValue, 0m, 0.1m, 1.0000000000000000000000000001m, -0.0000000000000000000000000001m)));

    /// <summary>Any instant, in a zone between −14:00 and +14:00 in whole minutes.</summary>
    private static readonly Gen<DateTimeOffset> Offset = Gen.Select(
        Gen.Long[FourteenHours, DateTime.MaxValue.Ticks - FourteenHours],
        Gen.Int[-14 * 60, 14 * 60],
        (ticks, minutes) => new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes)));

    private static readonly Gen<DateTime> Utc = Gen.Long[0, DateTime.MaxValue.Ticks].Select(ticks => new DateTime(ticks, DateTimeKind.Utc));

    private static readonly Gen<DateOnly> Day = Gen.Int[0, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<string> Key = ValueGenerators.Text;

    private static readonly Gen<Item> Item = Gen.Select(ValueGenerators.Text, Gen.Int, (name, size) => new Item(name, size));

    private static readonly Gen<AllKinds> AllKinds = Gen.Select(
        Gen.Select(Gen.Byte, Gen.SByte, Gen.Short, Gen.UShort, Gen.Int, Gen.UInt, Gen.Long, Gen.ULong),
        Gen.Select(FiniteFloat, ValueGenerators.FiniteDouble, Decimal, Gen.Guid, Offset, Utc, Day, Gen.Enum<Signal>()),
        Gen.Select(ValueGenerators.Text, Gen.ULong.Nullable(), Decimal.Nullable(), Gen.Guid.Nullable(), Offset.Nullable(), Day.Nullable(), Gen.Enum<Signal>().Nullable(), Item.Null()),
        Gen.Select(
            Gen.Int.Array[0, 3].List[0, 3],
            Gen.Dictionary(Key, Item.List[0, 3])[0, 3],
            Gen.Dictionary(Key, Decimal.Nullable())[0, 3].Null(),
            Offset.Array[0, 3],
            Gen.Guid.Nullable().Array[0, 3].Null(),
            FiniteFloat.Array[0, 3].Array[0, 2].Null(),
            Gen.Dictionary(Key, Gen.Dictionary(Key, Gen.Enum<Signal>())[0, 2])[0, 2].Null()),
        (numbers, values, optionals, collections) => new AllKinds
        {
            Byte = numbers.Item1, Sbyte = numbers.Item2, Short = numbers.Item3, Ushort = numbers.Item4,
            Int = numbers.Item5, Uint = numbers.Item6, Long = numbers.Item7, Ulong = numbers.Item8,
            Float = values.Item1, Double = values.Item2, Decimal = values.Item3, Id = values.Item4,
            At = values.Item5, Utc = values.Item6, Day = values.Item7, Signal = values.Item8,
            Text = optionals.Item1, MaybeUlong = optionals.Item2, MaybeDecimal = optionals.Item3, MaybeId = optionals.Item4,
            MaybeAt = optionals.Item5, MaybeDay = optionals.Item6, MaybeSignal = optionals.Item7, MaybeItem = optionals.Item8,
            Rows = collections.Item1, Groups = collections.Item2, Prices = collections.Item3, Times = [.. collections.Item4],
            Ids = collections.Item5, Floats = collections.Item6, Nested = collections.Item7,
        });

    [Fact]
    public void Values_of_every_kind_round_trip() =>
        AllKinds.Sample(value => AssertEqual(value, RoundTrip(value)), iter: Iterations);

    [Fact]
    public void Date_time_offsets_round_trip_with_their_offset() =>
        Offset.Sample(at => Assert.Equal((at, at.Offset), (RoundTrip(new Moments { At = at }).At!.Value is var back ? (back, back.Offset) : default)), iter: Iterations);

    /// <summary>Value and scale survive (<c>1.50</c> stays <c>1.50</c>); a negative zero reads back as zero, which it equals.</summary>
    [Fact]
    public void Decimals_round_trip_with_their_scale() =>
        Decimal.Sample(
            number =>
            {
                decimal back = RoundTrip(new Widths { Decimal = number }).Decimal!.Value;
                Assert.Equal((number, number.Scale), (back, back.Scale));
            },
            iter: Iterations);

    [Fact]
    public void Floats_round_trip_bit_for_bit() =>
        FiniteFloat.Sample(number => Assert.Equal(BitConverter.SingleToInt32Bits(number), BitConverter.SingleToInt32Bits(RoundTrip(new Widths { Float = number }).Float!.Value)), iter: Iterations);

    private static T RoundTrip<T>(T value)
        where T : IStrictJsonParsable<T>
    {
        byte[] written = Expect.Written(value);
        var parsed = Expect.Accepted<T>(written);
        Assert.Equal(written, Expect.Written(parsed));
        return parsed;
    }

    private static void AssertEqual(AllKinds expected, AllKinds actual)
    {
        Assert.Equal(
            (expected.Byte, expected.Sbyte, expected.Short, expected.Ushort, expected.Int, expected.Uint, expected.Long, expected.Ulong),
            (actual.Byte, actual.Sbyte, actual.Short, actual.Ushort, actual.Int, actual.Uint, actual.Long, actual.Ulong));
        Assert.Equal(
            (BitConverter.SingleToInt32Bits(expected.Float), BitConverter.DoubleToInt64Bits(expected.Double), expected.Decimal, expected.Id, expected.Signal, expected.Text),
            (BitConverter.SingleToInt32Bits(actual.Float), BitConverter.DoubleToInt64Bits(actual.Double), actual.Decimal, actual.Id, actual.Signal, actual.Text));
        Assert.Equal((expected.At, expected.At.Offset), (actual.At, actual.At.Offset));
        Assert.Equal((expected.Utc, DateTimeKind.Utc), (actual.Utc, actual.Utc.Kind));
        Assert.Equal(expected.Day, actual.Day);
        Assert.Equal(
            (expected.MaybeUlong, expected.MaybeDecimal, expected.MaybeId, expected.MaybeAt, expected.MaybeAt?.Offset, expected.MaybeDay, expected.MaybeSignal, expected.MaybeItem),
            (actual.MaybeUlong, actual.MaybeDecimal, actual.MaybeId, actual.MaybeAt, actual.MaybeAt?.Offset, actual.MaybeDay, actual.MaybeSignal, actual.MaybeItem));
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (int i = 0; i < expected.Rows.Count; i++)
        {
            Assert.Equal(expected.Rows[i], actual.Rows[i]);
        }

        Assert.Equal(expected.Groups.Keys, actual.Groups.Keys);
        foreach (var (key, items) in expected.Groups)
        {
            Assert.Equal(items, actual.Groups[key]);
        }

        Assert.Equal(expected.Prices?.ToArray(), actual.Prices?.ToArray());
        Assert.Equal(expected.Times.Select(t => (t, t.Offset)), actual.Times.Select(t => (t, t.Offset)));
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.Floats?.Length, actual.Floats?.Length);
        for (int i = 0; i < (expected.Floats?.Length ?? 0); i++)
        {
            Assert.Equal(expected.Floats![i].Select(BitConverter.SingleToInt32Bits), actual.Floats![i].Select(BitConverter.SingleToInt32Bits));
        }

        Assert.Equal(expected.Nested?.Keys, actual.Nested?.Keys);
        foreach (var (key, inner) in expected.Nested ?? [])
        {
            Assert.Equal(inner.ToArray(), actual.Nested![key].ToArray());
        }
    }
}
