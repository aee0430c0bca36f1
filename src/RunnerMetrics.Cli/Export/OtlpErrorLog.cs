using System;
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Extensions.Logging;
using RunnerMetrics.Cli.Logging;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// Brings the OTLP exporter's own warnings and errors (its event source) into the tool's log, one line each: the
/// exporter reports a failed push only there, with the reason (connection refused, HTTP 4xx/5xx, timeout).
/// </summary>
internal sealed class OtlpErrorLog(ILogger logger) : EventListener
{
    private const string ExporterEventSource = "OpenTelemetry-Exporter-OpenTelemetryProtocol";

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == ExporterEventSource)
        {
            EnableEvents(eventSource, EventLevel.Warning);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.Level > EventLevel.Warning)
        {
            return;
        }

        CliLog.OtlpExportProblem(logger, FirstLine(Format(eventData)));
    }

    private static string Format(EventWrittenEventArgs eventData)
    {
        object?[] arguments = eventData.Payload is { } payload ? [.. payload] : [];
        if (eventData.Message is not { } message)
        {
            return $"{eventData.EventName}: {string.Join(", ", arguments)}";
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, message, arguments);
        }
        catch (FormatException)
        {
            return message;
        }
    }

    // The payload carries the exception with its stack trace; its first line says what went wrong.
    private static string FirstLine(string text)
    {
        int end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
