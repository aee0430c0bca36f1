using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace RunnerMetrics.Tests.Support;

/// <summary>One captured log call: level, event id, formatted message and exception.</summary>
internal sealed record LogEntry(LogLevel Level, EventId Id, string Message, Exception? Exception);

/// <summary>An <see cref="ILogger{T}"/> that keeps every message, so tests can assert what was logged.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>The entries logged with event id <paramref name="id"/> (the extraction's <c>LoggerMessage</c> ids).</summary>
    public IReadOnlyList<LogEntry> WithId(int id) => [.. _entries.Where(e => e.Id.Id == id)];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue(new LogEntry(logLevel, eventId, formatter(state, exception), exception));
}
