using System.Text;
using CsCheck;
using RunnerMetrics.Parsing.Tests.Samples;

namespace RunnerMetrics.Parsing.Tests.Properties;

/// <summary>Random values of the sample types, within the bounds their attributes set.</summary>
internal static class ValueGenerators
{
    /// <summary>Valid Unicode of every UTF-8 length, weighted towards what needs escaping.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
            (4, Gen.Int[0x20, 0x7E]),
            (2, Gen.Int[0, 0x1F]),
            (2, Gen.OneOfConst((int)'"', '\\', '/', '<', '&', '\'', 0x7F)),
            (2, Gen.Int[0x80, 0x7FF]),
            (2, Gen.Int[0x800, 0xFFFF].Where(c => c is < 0xD800 or > 0xDFFF)),
            (2, Gen.Int[0x10000, 0x10FFFF]))
        .Select(c => new Rune(c).ToString())
        .Array[0, 12]
        .Select(string.Concat);

    public static readonly Gen<double> FiniteDouble = Gen.Frequency(
        (6, Gen.Double.Where(double.IsFinite)),
        (1, Gen.OneOfConst(0d, -0d, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 0.1, 1e-300)),
        (2, Gen.Int.Select(i => (double)i)));

    public static readonly Gen<double> NonNegativeDouble = FiniteDouble.Select(System.Math.Abs);

    public static readonly Gen<ExitInfo> Exit = Gen.Int.Select(code => new ExitInfo(code));

    public static readonly Gen<Point> Point = Gen.Select(Gen.Int, Gen.Int, Gen.Long.Nullable(), (x, y, z) => new Point { X = x, Y = y, Z = z });

    public static readonly Gen<Measurement> Measurement = Gen.Select(Text, FiniteDouble, Gen.Enum<Signal>(), Text.Null(), (name, value, signal, unit) => new Measurement(name, value, signal) { Unit = unit });

    public static readonly Gen<JobStart> JobStart = Gen.Select(NonNegativeDouble, Text, Text, Text, Text, (t, w, id, r, e) => new JobStart(t, w, id, r, e));

    public static readonly Gen<InternedEnd> InternedEnd = Gen.Select(FiniteDouble, Gen.Enum<JobStatus>(), Exit.Nullable(), Text.Null(), (t, s, info, note) => new InternedEnd(t, s, info, note));

    public static readonly Gen<InternedSample> InternedSample = Gen.Select(
        Gen.Select(Text, Text.Null(), Gen.Bool, Gen.Int, Gen.Long, FiniteDouble),
        Gen.Select(Gen.Enum<JobStatus>(), Gen.Enum<Signal>().Nullable(), Exit, Exit.Nullable(), InternedEnd),
        (a, b) => new InternedSample(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, a.Item6, b.Item1, b.Item2, b.Item3, b.Item4, b.Item5));

    public static readonly Gen<Arrays> Arrays = Gen.Select(
        Gen.Int.Array[0, 4].Array[0, 3],
        Gen.Long.Nullable().Array[0, 4].Null(),
        Gen.Bool.Nullable().Array[0, 4].Null(),
        FiniteDouble.Array[0, 4].Null(),
        Gen.Enum<Signal>().Nullable().Array[0, 4].Null(),
        Point.Nullable().Array[0, 3].Null(),
        Text.Array[0, 2].Array[0, 2].Array[0, 2].Null(),
        (matrix, sparse, flags, ratios, signals, points, cube) => new Arrays
        {
            Matrix = matrix, Sparse = sparse, Flags = flags, Ratios = ratios, Signals = signals, Points = points, Cube = cube,
        });

    public static readonly Gen<EveryKind> EveryKind = Gen.Select(
        Gen.Select(Text, Text.Null(), Gen.Bool, Gen.Bool.Nullable(), Gen.Int[-5, 5], Gen.Int.Nullable()),
        Gen.Select(Gen.Long, Gen.Long.Nullable(), FiniteDouble, FiniteDouble.Nullable(), Gen.Enum<JobStatus>(), Gen.Enum<JobStatus>().Nullable()),
        Gen.Select(Exit, Exit.Nullable(), Text.Array[1, 3], Gen.Int.Array[0, 4].Null(), Text.Null().Array[0, 4].Null(), Gen.Enum<JobStatus>().Array[0, 3].Array[0, 3].Null()),
        Gen.Select(Exit.Array[0, 3].Null(), Text.Null()),
        (a, b, c, d) => new EveryKind
        {
            Text = a.Item1, OptionalText = a.Item2, Flag = a.Item3, OptionalFlag = a.Item4, Small = a.Item5, OptionalSmall = a.Item6,
            Big = b.Item1, OptionalBig = b.Item2, Ratio = b.Item3, OptionalRatio = b.Item4, Status = b.Item5, OptionalStatus = b.Item6,
            Exit = c.Item1, OptionalExit = c.Item2, Tags = c.Item3, Numbers = c.Item4, Holes = c.Item5, Grid = c.Item6,
            Exits = d.Item1, Renamed = d.Item2,
        });
}
