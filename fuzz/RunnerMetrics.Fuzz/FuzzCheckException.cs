using System;

namespace RunnerMetrics.Fuzz;

/// <summary>A property of the code under test does not hold for an input: afl-fuzz records it as a crash.</summary>
internal sealed class FuzzCheckException : Exception
{
    public FuzzCheckException()
    {
    }

    public FuzzCheckException(string message)
        : base(message)
    {
    }

    public FuzzCheckException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static void Check(bool condition, string property)
    {
        if (!condition)
        {
            throw new FuzzCheckException(property);
        }
    }
}
