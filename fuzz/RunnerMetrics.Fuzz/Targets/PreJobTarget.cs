using System;
using System.Buffers;
using System.Text.Json;
using RunnerMetrics.Metrics;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Fuzz.Targets;

/// <summary>
/// A generated parser (<see cref="PreJobMetrics"/>): never throws, reports an error with a path on rejection,
/// and what it accepts survives a write and a second parse unchanged. System.Text.Json must read what it writes.
/// </summary>
internal sealed class PreJobTarget : IFuzzTarget
{
    public void Run(ReadOnlySpan<byte> input)
    {
        if (!PreJobMetrics.TryParse(input, out PreJobMetrics parsed, out StrictJsonError error))
        {
            FuzzCheckException.Check(error.Kind != StrictJsonErrorKind.None, "rejected without an error kind");
            return;
        }

        FuzzCheckException.Check(error.Kind == StrictJsonErrorKind.None, "accepted with an error");
        FuzzCheckException.Check(double.IsFinite(parsed.Timestamp) && parsed.Timestamp >= 0, "timestamp out of range");

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            parsed.WriteTo(writer);
        }

        using (JsonDocument.Parse(buffer.WrittenMemory))
        {
            // Valid JSON: System.Text.Json's own reader agrees.
        }

        FuzzCheckException.Check(PreJobMetrics.TryParse(buffer.WrittenSpan, out PreJobMetrics again, out _), "its own output was rejected");
        FuzzCheckException.Check(again == parsed, "the round trip changed the value");
    }
}
