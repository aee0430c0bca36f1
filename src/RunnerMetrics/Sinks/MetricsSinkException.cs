using System;
using System.IO;

namespace RunnerMetrics.Events;

/// <summary>A metrics sink could not durably write its events; nothing after the failure is delivered.</summary>
public sealed class MetricsSinkException : IOException
{
    /// <summary>Creates the exception with no message.</summary>
    public MetricsSinkException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed, with the path.</param>
    public MetricsSinkException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What failed, with the path.</param>
    /// <param name="innerException">The cause.</param>
    public MetricsSinkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the Linux errno of the failure.</summary>
    /// <param name="message">What failed, with the path.</param>
    /// <param name="errno">The errno.</param>
    public MetricsSinkException(string message, int errno)
        : base(message)
    {
        Errno = errno;
    }

    /// <summary>The Linux errno of the failure, or 0 when not a system error.</summary>
    public int Errno { get; }
}
