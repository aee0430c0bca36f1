using System;
using System.Diagnostics.CodeAnalysis;

namespace RunnerMetrics.Parsing;

/// <summary>Thrown by a generated <c>Parse</c> when the document is rejected; <see cref="Error"/> says why.</summary>
public sealed class StrictJsonException : FormatException
{
    /// <summary>Creates the exception for an error.</summary>
    public StrictJsonException(StrictJsonError error)
        : base(error.ToString()) => Error = error;

    /// <summary>Creates an exception with no error details.</summary>
    public StrictJsonException()
    {
    }

    /// <summary>Creates an exception with a message and no error details.</summary>
    public StrictJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public StrictJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The rejected document's error.</summary>
    public StrictJsonError Error { get; }

    /// <summary>Throws for <paramref name="error"/>; kept out of line so callers stay small.</summary>
    [DoesNotReturn]
    public static void Throw(StrictJsonError error) => throw new StrictJsonException(error);
}
