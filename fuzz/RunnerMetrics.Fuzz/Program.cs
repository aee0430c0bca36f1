using System;
using System.IO;
using RunnerMetrics.Fuzz;
using SharpFuzz;

// runner-metrics-fuzz TARGET                  one input per run, under afl-fuzz (see fuzz/README.md)
// runner-metrics-fuzz TARGET --replay DIR...  every file in the folders, in process; a failed check exits 1
if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: runner-metrics-fuzz {string.Join('|', FuzzTargets.Names)} [--replay DIR...]");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    return Replay.Run(target, args[2..]);
}

// Out of process: a crash that kills the runtime (a stack overflow) is still reported to afl-fuzz.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
