using System;

namespace RunnerMetrics.Events;

/// <summary>
/// Where metric events go: one serialized JSON object per line. Lines are appended to a pending batch
/// and only count as delivered once <see cref="Flush"/> returns, so a caller removes a runner's
/// directory only after flushing the batch that holds its events.
/// </summary>
public interface IMetricsSink
{
    /// <summary>Adds one line to the pending batch.</summary>
    /// <param name="utf8JsonLine">One JSON value in UTF-8, without the trailing newline (the sink adds it).</param>
    /// <exception cref="ArgumentException">The line is empty or contains a line break.</exception>
    void Append(ReadOnlySpan<byte> utf8JsonLine);

    /// <summary>
    /// Writes the pending batch durably (for a file: written and <c>fsync</c>ed) and clears it.
    /// When it throws, the batch is dropped (part of it may have been written): the caller keeps whatever
    /// the lines stood for and appends them again later, so the sink never holds more than one batch and a
    /// line is repeated at most once per failure.
    /// </summary>
    /// <exception cref="MetricsSinkException">The batch could not be made durable.</exception>
    void Flush();
}
