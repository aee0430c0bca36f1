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

    /// <summary>A <c>CustomParser</c> for a duration option: the value, or an error on the option.</summary>
    public static TimeSpan ParseOption(System.CommandLine.Parsing.ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (TryParse(text, out var duration))
        {
            return duration;
        }

        result.AddError($"'{text}' is not a positive duration such as 30s, 5m or 1h.");
        return default;
    }
}
