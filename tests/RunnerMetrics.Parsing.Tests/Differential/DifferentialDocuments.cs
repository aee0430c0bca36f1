using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using CsCheck;
using RunnerMetrics.Parsing.Tests.Properties;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Differential;

/// <summary>
/// Documents for the differential test: valid ones written by System.Text.Json or by <c>WriteTo</c> from random
/// values, and mutations of them aimed at the rules where parsers differ.
/// </summary>
internal static class DifferentialDocuments
{
    private static readonly string[] NumberProbes =
    [
        "0", "-0", "-0.0", "1", "-1", "1.0", "1.5", "1e2", "1E2", "1e+2", "1e-2", "0.1", "255", "256", "32767", "32768",
        "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "18446744073709551615",
        "18446744073709551616", "123456789012345678901234567890", "79228162514264337593543950335",
        "79228162514264337593543950336", "7.9228162514264337593543950335E+28", "0.00000000000000000000000000001",
        "1E-28", "1e-29", "0.1000000000000000000000000000001", "1.7976931348623157e308", "1.7976931348623159e308",
        "1e400", "-1e400", "1e-400", "4.9e-324", "0.30000000000000004", "01", "+1", ".5", "1.", "-", "NaN", "Infinity",
        "\"1\"", "null",
    ];

    private static readonly string[] StringProbes =
    [
        "\"\"", "\"x\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\ud83d\\ude00\"", "\"a\\u0000b\"",
        "\"\\u00e9\"", "\"\\/\"", "\"\\x\"", "\"tab\there\"", "\"1\"", "\"\\uDBFF\\uDFFF\"", "1", "null",
    ];

    private static readonly string[] EnumProbes =
    [
        "\"light\"", "\"dark\"", "\"high_contrast\"", "\"Light\"", "\"LIGHT\"", "\"HighContrast\"", "\"highContrast\"",
        "\"light, dark\"", "\"light,dark\"", "\" light\"", "\"l\\u0069ght\"", "\"0\"", "\"1\"", "1", "\"\"", "null",
    ];

    private static readonly string[] DateProbes =
    [
        "\"2021-08-05T10:33:58Z\"", "\"2021-08-05T10:33:58.1234567+02:00\"", "\"2021-08-05T10:33:58\"",
        "\"2021-08-05 10:33:58Z\"", "\"2021-08-05t10:33:58z\"", "\"2021-08-05T10:33:58z\"", "\"2021-08-05\"", "\"2021-08-05T10:33Z\"",
        "\"2021-08-05T10:33\"", "\"2021-08-05T10\"", "\"2021-08-05T24:00:00Z\"", "\"2021-02-29T00:00:00Z\"", "\"2020-02-29T00:00:00Z\"",
        "\"2016-12-31T23:59:60Z\"", "\"2021-08-05T10:33:58+0100\"", "\"2021-08-05T10:33:58+01\"",
        "\"2021-08-05T10:33:58.123456789012Z\"", "\"2021-08-05T10:33:58.Z\"", "\" 2021-08-05T10:33:58Z\"",
        "\"2021-08-05T10:33:58+14:00\"", "\"2021-08-05T10:33:58+14:01\"", "\"2021-08-05T10:33:58-00:00\"",
        "\"0001-01-01T00:00:00+01:00\"", "\"9999-12-31T23:59:59-01:00\"", "\"2021-08-05T10:33:58,5Z\"",
        "\"20210805T103358Z\"", "\"2021-8-5T10:33:58Z\"", "\"2021\\u002d08-05T10:33:58Z\"", "\"2021-08-05T10:33:58.1+01:00\"",
        "1628159638", "null",
    ];

    private static readonly string[] GuidProbes =
    [
        "\"01234567-89ab-cdef-0123-456789abcdef\"", "\"01234567-89AB-CDEF-0123-456789ABCDEF\"",
        "\"0123456789abcdef0123456789abcdef\"", "\"{01234567-89ab-cdef-0123-456789abcdef}\"",
        "\"(01234567-89ab-cdef-0123-456789abcdef)\"", "\" 01234567-89ab-cdef-0123-456789abcdef\"",
        "\"01234567-89ab-cdef-0123-456789abcdeg\"", "\"01234567\\u002d89ab-cdef-0123-456789abcdef\"",
        "\"{0x01234567,0x89ab,0xcdef,{0x01,0x23,0x45,0x67,0x89,0xab,0xcd,0xef}}\"", "null",
    ];

    private static readonly string[] ShapeProbes =
    [
        "null", "true", "false", "[]", "{}", "[1,2]", "[1,null]", "[\"x\",null]", "{\"a\":1}", "{\"a\":1,\"a\":2}",
        "{\"a\":1,\"\\u0061\":2}", "{\"code\":1}", "{\"code\":1,\"code\":2}", "{\"code\":1,\"note\":null}",
        "{\"code\":1,\"Code\":2}", "{\"code\":1.0}",
    ];

    /// <summary>Every probe, for places of any type.</summary>
    private static readonly string[] Probes = [.. NumberProbes, .. StringProbes, .. EnumProbes, .. DateProbes, .. GuidProbes, .. ShapeProbes];

    /// <summary>The probes for a value of the member (or of the elements of the member) called <paramref name="name"/>.</summary>
    private static string[] ProbesFor(string? name) => name switch
    {
        "\"count\"" or "\"total\"" or "\"level\"" or "\"mask\"" or "\"ratio\"" or "\"amount\"" or "\"maybe_count\"" or "\"maybe_ratio\""
            or "\"code\"" or "\"numbers\"" or "\"counts\"" => NumberProbes,
        "\"name\"" or "\"maybe_name\"" or "\"note\"" or "\"maybe_tags\"" => StringProbes,
        "\"shade\"" or "\"maybe_shade\"" => EnumProbes,
        "\"at\"" or "\"maybe_at\"" => DateProbes,
        "\"id\"" => GuidProbes,
        _ => Probes,
    };

    /// <summary>Member names: the type's own, another case, escaped, unknown.</summary>
    private static readonly string[] Names =
    [
        "\"count\"", "\"Count\"", "\"\\u0063ount\"", "\"name\"", "\"maybe_name\"", "\"inner\"", "\"code\"", "\"unknown\"",
        "\"maybeName\"", "\"\\ud800\"", "\"\"",
    ];

    private static readonly Gen<DateTimeOffset> Dates = Gen.Select(
        Gen.Long[DateTimeOffset.MinValue.Ticks + TimeSpan.TicksPerDay, DateTimeOffset.MaxValue.Ticks - TimeSpan.TicksPerDay],
        Gen.Int[-14 * 60, 14 * 60],
        Gen.Int[0, 3],
        (ticks, minutes, precision) => new DateTimeOffset(precision switch
        {
            0 => ticks - (ticks % TimeSpan.TicksPerSecond),
            1 => ticks - (ticks % TimeSpan.TicksPerMillisecond),
            _ => ticks,
        }, TimeSpan.FromMinutes(minutes)));

    private static readonly Gen<decimal> Decimals = Gen.Frequency(
        (3, Gen.Decimal),
        (1, Gen.Long.Select(n => (decimal)n / 1000)),
        (1, Gen.OneOfConst(0m, 0.0m, -0.0m, 1.10m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m)));

    private static readonly Gen<DifferentialInner> Inner = Gen.Select(Gen.Short, ValueGenerators.Text.Null(), (code, note) => new DifferentialInner { Code = code, Note = note });

    public static readonly Gen<DifferentialSample> Values = Gen.Select(
        Gen.Select(Gen.Int, Gen.Long, Gen.Byte, Gen.ULong, ValueGenerators.FiniteDouble, Decimals),
        Gen.Select(ValueGenerators.Text, Gen.Bool, Gen.Enum<Shade>(), Dates, Gen.Guid, Gen.Int.List[0, 4]),
        Gen.Select(Gen.Dictionary(ValueGenerators.Text, Gen.Int)[0, 3], Inner, Gen.Int.Nullable(), ValueGenerators.FiniteDouble.Nullable(), ValueGenerators.Text.Null()),
        Gen.Select(Gen.Enum<Shade>().Nullable(), Dates.Nullable(), ValueGenerators.Text.Null().List[0, 3].Null(), Inner.Null()),
        (a, b, c, d) => new DifferentialSample
        {
            Count = a.Item1, Total = a.Item2, Level = a.Item3, Mask = a.Item4, Ratio = a.Item5, Amount = a.Item6,
            Name = b.Item1, Enabled = b.Item2, Shade = b.Item3, At = b.Item4, Id = b.Item5, Numbers = b.Item6,
            Counts = c.Item1, Inner = c.Item2, MaybeCount = c.Item3, MaybeRatio = c.Item4, MaybeName = c.Item5,
            MaybeShade = d.Item1, MaybeAt = d.Item2, MaybeTags = d.Item3, MaybeInner = d.Item4,
        });

    /// <summary>A valid document: System.Text.Json's writing (explicit nulls, escaped non-ASCII) or ours.</summary>
    public static readonly Gen<byte[]> Valid = Gen.Select(Values, Gen.Bool, (value, byUs) =>
        byUs ? Expect.Written(value) : JsonSerializer.SerializeToUtf8Bytes(value, DifferentialJsonContext.Default.DifferentialSample));

    private enum TreeEdit
    {
        ReplaceValue,
        DuplicateMember,
        RemoveMember,
        AddMember,
        RenameMember,
    }

    private enum TextEdit
    {
        TrailingComma,
        Comment,
        LineComment,
        ByteOrderMark,
        TrailingData,
        Whitespace,
        Bytes,
    }

    /// <summary>One or two edits of the tree, then sometimes one edit of the text.</summary>
    public static readonly Gen<byte[]> Mutated = Gen.Select(
        Valid,
        Gen.Select(Gen.Enum<TreeEdit>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.OneOfConst(Names)).Array[1, 2],
        Gen.Select(Gen.Enum<TextEdit>(), Gen.Int[0, int.MaxValue], Mutation.Any).Array[0, 1].Where(edits => edits.Length == 0 || (edits[0].Item2 & 1) == 0),
        (document, treeEdits, textEdits) =>
        {
            var tree = JsonTree.Parse(document);
            foreach (var (edit, at, index, pick, name) in treeEdits)
            {
                Apply(tree, edit, at, index, pick, name);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(tree.ToString());
            foreach (var (edit, at, mutation) in textEdits)
            {
                bytes = Apply(bytes, edit, at, mutation);
            }

            return bytes;
        });

    /// <summary>
    /// Edits the tree at one of its objects or arrays. A replacing or added value is, three times in four, a
    /// probe of the kind the place holds (a date probe for <c>at</c>), else any probe.
    /// </summary>
    private static void Apply(JsonTree tree, TreeEdit edit, int at, int index, int pick, string name)
    {
        var containers = new List<(JsonTree Node, string? Name)>();
        Collect(tree, null, containers);
        var (container, containerName) = containers[at % containers.Count];
        string Probe(string? place)
        {
            string[] probes = (pick & 3) == 0 ? Probes : ProbesFor(place);
            return probes[(pick >> 2) % probes.Length];
        }

        if (container is JsonTreeArray array)
        {
            if (edit is TreeEdit.RemoveMember && array.Items.Count > 0)
            {
                array.Items.RemoveAt(index % array.Items.Count);
            }
            else if (array.Items.Count > 0 && edit is TreeEdit.ReplaceValue)
            {
                array.Items[index % array.Items.Count] = new JsonTreeLeaf(Probe(containerName));
            }
            else
            {
                array.Items.Insert(index % (array.Items.Count + 1), new JsonTreeLeaf(Probe(containerName)));
            }

            return;
        }

        var members = ((JsonTreeObject)container).Members;
        int i = members.Count == 0 ? 0 : index % members.Count;
        string? Place(string key) => containerName == "\"counts\"" ? containerName : key;
        switch (edit)
        {
            case TreeEdit.ReplaceValue when members.Count > 0:
                members[i] = new(members[i].Key, new JsonTreeLeaf(Probe(Place(members[i].Key))));
                break;
            case TreeEdit.DuplicateMember when members.Count > 0:
                members.Insert(index % (members.Count + 1), new(members[i].Key, (index & 1) == 0 ? members[i].Value.Clone() : new JsonTreeLeaf(Probe(Place(members[i].Key)))));
                break;
            case TreeEdit.RemoveMember when members.Count > 0:
                members.RemoveAt(i);
                break;
            case TreeEdit.RenameMember when members.Count > 0:
                members[i] = new(Escaped(members[i].Key, index), members[i].Value);
                break;
            default:
                members.Insert(members.Count == 0 ? 0 : index % (members.Count + 1), new(name, new JsonTreeLeaf(Probe(Place(name)))));
                break;
        }
    }

    /// <summary>Every object and array with the name of the member that holds it (null for the root).</summary>
    private static void Collect(JsonTree node, string? name, List<(JsonTree Node, string? Name)> containers)
    {
        switch (node)
        {
            case JsonTreeObject tree:
                containers.Add((tree, name));
                foreach (var (key, value) in tree.Members)
                {
                    Collect(value, key, containers);
                }

                break;
            case JsonTreeArray array:
                containers.Add((array, name));
                foreach (var item in array.Items)
                {
                    Collect(item, name, containers);
                }

                break;
        }
    }

    /// <summary>The same name with one character written as a \u escape.</summary>
    private static string Escaped(string name, int index)
    {
        if (name.Length <= 2 || name.Contains('\\', StringComparison.Ordinal))
        {
            return name;
        }

        int at = 1 + (index % (name.Length - 2));
        return string.Concat(name.AsSpan(0, at), $"\\u{(int)name[at]:x4}", name.AsSpan(at + 1));
    }

    private static byte[] Apply(byte[] document, TextEdit edit, int at, Mutation mutation)
    {
        int close = FindNth(document, at, static b => b is (byte)'}' or (byte)']');
        int open = FindNth(document, at, static b => b is (byte)'{' or (byte)',');
        return edit switch
        {
            TextEdit.TrailingComma when close >= 0 => [.. document.AsSpan(0, close), (byte)',', .. document.AsSpan(close)],
            TextEdit.Comment when open >= 0 => [.. document.AsSpan(0, open + 1), .. "/* c */"u8, .. document.AsSpan(open + 1)],
            TextEdit.LineComment when open >= 0 => [.. document.AsSpan(0, open + 1), .. "// c\n"u8, .. document.AsSpan(open + 1)],
            TextEdit.ByteOrderMark => [0xEF, 0xBB, 0xBF, .. document],
            TextEdit.TrailingData => [.. document, .. (at & 2) == 0 ? " {}"u8 : "x"u8],
            TextEdit.Whitespace when open >= 0 => [.. document.AsSpan(0, open + 1), .. "\r\n\t "u8, .. document.AsSpan(open + 1)],
            _ => mutation.ApplyTo(document),
        };
    }

    private static int FindNth(byte[] document, int n, Func<byte, bool> match)
    {
        int count = 0;
        foreach (byte b in document)
        {
            count += match(b) ? 1 : 0;
        }

        if (count == 0)
        {
            return -1;
        }

        int wanted = n % count;
        for (int i = 0; i < document.Length; i++)
        {
            if (match(document[i]) && wanted-- == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
