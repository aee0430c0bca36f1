using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace RunnerMetrics.Tests.Support;

/// <summary>
/// Reads a metrics log as its scrapers do: one JSON object per line, skipping and counting lines that are
/// not one (a fragment torn by a crash or a full disk, then ended by the next writer's repair newline).
/// </summary>
internal sealed class MetricsLogReader
{
    private MetricsLogReader(List<JsonElement> events, int invalidLines)
    {
        Events = events;
        InvalidLines = invalidLines;
    }

    public IReadOnlyList<JsonElement> Events { get; }

    public int InvalidLines { get; }

    /// <summary>The repositories of the <c>runner_start</c> events, one per event.</summary>
    public IEnumerable<string> StartedRepositories()
    {
        foreach (JsonElement e in Events)
        {
            if (e.GetProperty("event").GetString() == "runner_start")
            {
                yield return e.GetProperty("repo").GetString()!;
            }
        }
    }

    public static MetricsLogReader Read(string path)
    {
        var events = new List<JsonElement>();
        int invalid = 0;
        if (!File.Exists(path))
        {
            return new MetricsLogReader(events, 0);
        }

        foreach (string line in File.ReadAllLines(path))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("event", out _))
                {
                    events.Add(document.RootElement.Clone());
                    continue;
                }
            }
            catch (JsonException)
            {
            }

            invalid++;
        }

        return new MetricsLogReader(events, invalid);
    }
}
