using System;
using System.Globalization;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>Reads durations such as <c>30s</c>, <c>5m</c>, <c>1h</c>, <c>500ms</c> or plain seconds.</summary>
internal static class DurationParser
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        ReadOnlySpan<char> number = text.AsSpan().Trim();
        double unitSeconds = 1;
        if (number.EndsWith("ms", StringComparison.Ordinal))
        {
            number = number[..^2];
            unitSeconds = 0.001;
        }
        else if (number.Length > 0 && number[^1] is 's' or 'm' or 'h')
        {
            unitSeconds = number[^1] switch { 's' => 1, 'm' => 60, _ => 3600 };
            number = number[..^1];
        }

        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return false;
        }

        double seconds = value * unitSeconds;
        if (seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
