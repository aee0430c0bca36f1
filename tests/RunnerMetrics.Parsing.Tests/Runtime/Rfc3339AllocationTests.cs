using System;
using System.Buffers;
using System.Text.Json;
using RunnerMetrics.Parsing.Runtime;
using RunnerMetrics.Parsing.Tests.Allocation;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Runtime;

/// <summary>Dates are read and written without a string or any other allocation.</summary>
[Collection(AllocationCollection.Name)]
public class Rfc3339AllocationTests
{
    private static readonly byte[] DateTimeText = "2024-02-29T23:59:59.123456789-05:30"u8.ToArray();
    private static readonly byte[] DateText = "2024-02-29"u8.ToArray();
    private static readonly byte[] Invalid = "2023-02-29T23:59:59Z"u8.ToArray();
    private static readonly DateTimeOffset OffsetValue = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(-330)).AddTicks(1_234_567);
    private static readonly DateTimeOffset PositiveOffsetValue = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(345)).AddTicks(1_234_567);
    private static readonly DateTime UtcValue = new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(1_234_567);
    private static readonly DateOnly DateValue = new(2024, 2, 29);

    [Fact]
    public void Parsing_allocates_nothing()
    {
        Assert.True(Rfc3339.TryParseDateTimeOffset(DateTimeText, out _));
        Assert.Equal(0, Allocations.PerRun(() =>
        {
            Rfc3339.TryParseDateTimeOffset(DateTimeText, out _);
            Rfc3339.TryParseDateTime(DateTimeText, out _);
            Rfc3339.TryParseDateOnly(DateText, out _);
            Rfc3339.TryParseDateTimeOffset(Invalid, out _);
        }));
    }

    [Fact]
    public void Formatting_allocates_nothing()
    {
        var buffer = new byte[Rfc3339.MaxDateTimeOffsetLength];
        Assert.Equal(0, Allocations.PerRun(() =>
        {
            Rfc3339.Format(OffsetValue, buffer);
            Rfc3339.Format(UtcValue, buffer);
            Rfc3339.Format(DateValue, buffer);
        }));
    }

    [Fact]
    public void Writing_json_allocates_nothing()
    {
        var output = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(output);
        Assert.Equal(0, Allocations.PerRun(() =>
        {
            output.ResetWrittenCount();
            writer.Reset(output);
            writer.WriteStartArray();
            Rfc3339.Write(writer, OffsetValue);
            Rfc3339.Write(writer, PositiveOffsetValue);
            Rfc3339.Write(writer, UtcValue);
            Rfc3339.Write(writer, DateValue);
            writer.WriteEndArray();
            writer.Flush();
        }));
    }
}
