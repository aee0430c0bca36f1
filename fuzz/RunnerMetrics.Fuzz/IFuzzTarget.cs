using System;

namespace RunnerMetrics.Fuzz;

/// <summary>One fuzzed entry point: runs an input and throws <see cref="FuzzCheckException"/> when a property fails.</summary>
internal interface IFuzzTarget
{
    void Run(ReadOnlySpan<byte> input);
}
