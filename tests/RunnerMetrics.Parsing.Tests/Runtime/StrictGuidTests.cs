using System;
using System.Linq;
using System.Text;
using CsCheck;
using RunnerMetrics.Parsing.Runtime;
using RunnerMetrics.Parsing.Tests.Allocation;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Runtime;

/// <summary>Only the hyphenated 8-4-4-4-12 form, in either case, reads as a <see cref="Guid"/>.</summary>
public class StrictGuidTests
{
    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff")]
    [InlineData("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")]
    [InlineData("0123abcd-4567-89ef-ABCD-0123456789Ef")]
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8")]
    public void Hyphenated_guids_parse(string text)
    {
        Assert.True(StrictGuid.TryParse(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(Guid.ParseExact(text, "D"), value);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("0123abcd456789efabcd0123456789ef", "32-digit form")]
    [InlineData("{0123abcd-4567-89ef-abcd-0123456789ef}", "braces")]
    [InlineData("(0123abcd-4567-89ef-abcd-0123456789ef)", "parentheses")]
    [InlineData("{0x0123abcd,0x4567,0x89ef,{0xab,0xcd,0x01,0x23,0x45,0x67,0x89,0xef}}", "hex form")]
    [InlineData(" 0123abcd-4567-89ef-abcd-0123456789ef", "leading space")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789ef ", "trailing space")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789ef\n", "trailing newline")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789e", "35 characters")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789eff", "37 characters")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789eg", "g")]
    [InlineData("0123abcg-4567-89ef-abcd-0123456789ef", "g in the first group")]
    [InlineData("0123abcd_4567_89ef_abcd_0123456789ef", "underscores")]
    [InlineData("0123abcd-4567-89ef-abcd0-123456789ef", "hyphen moved")]
    [InlineData("0123abc-d4567-89ef-abcd-0123456789ef", "short first group")]
    [InlineData("+123abcd-4567-89ef-abcd-0123456789ef", "sign")]
    [InlineData("0123abcd-+567-89ef-abcd-0123456789ef", "sign in a group")]
    [InlineData("0123abcd- 567-89ef-abcd-0123456789ef", "space in a group")]
    [InlineData("0x23abcd-4567-89ef-abcd-0123456789ef", "0x prefix")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789\u0661f", "Arabic-Indic digit")]
    [InlineData("0123abcd-4567-89ef-abcd-01234567\uFF21f", "fullwidth A")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789@f", "@ (below A)")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789`f", "backquote (below a)")]
    [InlineData("0123abcd-4567-89ef-abcd-0123456789Gf", "G")]
    public void Other_forms_are_rejected(string text, string rule)
    {
        Assert.False(StrictGuid.TryParse(Encoding.UTF8.GetBytes(text), out var value), rule);
        Assert.Equal(Guid.Empty, value);
    }

    [Fact]
    public void Every_non_hex_byte_is_rejected_in_every_digit_position()
    {
        var valid = "0123abcd-4567-89ef-ABCD-0123456789ef"u8.ToArray();
        for (int position = 0; position < valid.Length; position++)
        {
            for (int b = 0; b < 256; b++)
            {
                var text = (byte[])valid.Clone();
                text[position] = (byte)b;
                bool isHyphenPosition = position is 8 or 13 or 18 or 23;
                bool expected = isHyphenPosition ? b == '-' : Uri.IsHexDigit((char)b) && b < 128;
                Assert.Equal(expected, StrictGuid.TryParse(text, out _));
            }
        }
    }

    [Fact]
    public void Random_guids_round_trip_in_both_cases() =>
        Gen.Guid.Sample(guid =>
        {
            Assert.True(StrictGuid.TryParse(Encoding.UTF8.GetBytes(guid.ToString("D")), out var lower));
            Assert.Equal(guid, lower);
            Assert.True(StrictGuid.TryParse(Encoding.UTF8.GetBytes(guid.ToString("D").ToUpperInvariant()), out var upper));
            Assert.Equal(guid, upper);
        });

    // Valid text with up to three characters replaced, inserted or deleted reads as Guid.TryParseExact("D")
    // reads it, except that a sign or a 0x prefix inside a group, which that parser accepts, is rejected. The
    // alphabet has no whitespace, which that parser would trim.
    [Fact]
    public void Near_misses_read_as_Guid_TryParseExact_D_reads_them() =>
        Gen.Select(
                Gen.Guid,
                Gen.Bool,
                Gen.Select(Gen.Int[0, 2], Gen.Int[0, 36], Gen.Char["0123456789abcdefABCDEF-gG{}()+x,"]).Array[0, 3],
                (guid, upper, edits) =>
                {
                    var text = new StringBuilder(upper ? guid.ToString("D").ToUpperInvariant() : guid.ToString("D"));
                    foreach (var (kind, at, c) in edits)
                    {
                        int position = Math.Min(at, text.Length - (kind == 1 ? 0 : 1));
                        _ = kind switch
                        {
                            0 when position >= 0 => text.Remove(position, 1).Insert(position, c),
                            1 => text.Insert(position, c),
                            _ when position >= 0 => text.Remove(position, 1),
                            _ => text,
                        };
                    }

                    return text.ToString();
                })
            .Sample(text =>
            {
                bool onlyHexAndHyphens = text.All(c => Uri.IsHexDigit(c) || c == '-');
                bool expected = Guid.TryParseExact(text, "D", out var guid) && onlyHexAndHyphens;
                Assert.Equal(expected, StrictGuid.TryParse(Encoding.UTF8.GetBytes(text), out var value));
                Assert.Equal(expected ? guid : Guid.Empty, value);
            });
}

/// <summary>Guids are read without a string or any other allocation.</summary>
[Collection(AllocationCollection.Name)]
public class StrictGuidAllocationTests
{
    private static readonly byte[] Text = "0123abcd-4567-89ef-ABCD-0123456789ef"u8.ToArray();

    [Fact]
    public void Parsing_allocates_nothing() =>
        Assert.Equal(0, Allocations.PerRun(() => StrictGuid.TryParse(Text, out _)));
}
