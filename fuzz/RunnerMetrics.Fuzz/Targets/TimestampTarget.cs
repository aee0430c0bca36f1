using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Fuzz.Targets;

/// <summary>
/// <see cref="InstalledTimestamp.TryParse"/> against an independent oracle: the documented grammar as a regular
/// expression, then <c>double.Parse</c> (invariant) and a finiteness check. They must agree on every input.
/// </summary>
internal sealed partial class TimestampTarget : IFuzzTarget
{
    public void Run(ReadOnlySpan<byte> input)
    {
        bool accepted = InstalledTimestamp.TryParse(input, out double value);

        // Latin-1 maps each byte to one char, so the expression sees exactly the bytes.
        Match match = Grammar().Match(Encoding.Latin1.GetString(input));
        bool expected = false;
        double expectedValue = 0;
        if (match.Success)
        {
            expectedValue = double.Parse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            expected = double.IsFinite(expectedValue);
        }

        FuzzCheckException.Check(accepted == expected, $"accepted {accepted}, the grammar says {expected}");
        FuzzCheckException.Check(!accepted || value.Equals(expectedValue), $"value {value:R}, expected {expectedValue:R}");
        FuzzCheckException.Check(accepted || value == 0, "a rejected input left a value");
        FuzzCheckException.Check(!accepted || value >= 0, "a negative timestamp was accepted");
    }

    [GeneratedRegex(@"\A[ \t\n\v\f\r]*(?<number>(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)[ \t\n\v\f\r]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
