using System;
using CsCheck;
using RunnerMetrics.SharedFileSystem;

namespace RunnerMetrics.Tests.SharedFileSystem;

public sealed class EntryNameEscapingTests
{
    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)'b' }, "ab")]
    [InlineData(new byte[] { (byte)'1', (byte)'0', (byte)'0', (byte)'%' }, "100%25")]
    [InlineData(new byte[] { (byte)'c', 0xE9 }, "c%E9")]
    [InlineData(new byte[] { 0xC3, 0xA9 }, "é")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "%ED%A0%80")]
    [InlineData(new byte[] { 0xC0, 0x80 }, "%C0%80")]
    public void Escapes_only_invalid_bytes_and_percent(byte[] name, string expected) =>
        Assert.Equal(expected, EntryNameEscaping.Escape(name));

    [Fact]
    public void Round_trips_any_bytes() =>
        Gen.Byte.Array[0, 40].Sample(bytes => EntryNameEscaping.Unescape(EntryNameEscaping.Escape(bytes)).AsSpan().SequenceEqual(bytes));

    [Theory]
    [InlineData("%")]
    [InlineData("%4")]
    [InlineData("%zz")]
    public void Unescape_rejects_broken_escapes(string escaped) =>
        Assert.Throws<FormatException>(() => EntryNameEscaping.Unescape(escaped));
}
