using System;
using System.IO;

namespace RunnerMetrics.Fuzz;

/// <summary>Runs a target over saved inputs (seeds, crashes, a queue) without afl-fuzz: the CI smoke and crash triage.</summary>
internal static class Replay
{
    public static int Run(IFuzzTarget target, string[] directories)
    {
        int inputs = 0;
        int failures = 0;
        foreach (string directory in directories)
        {
            foreach (string file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            {
                inputs++;
                try
                {
                    target.Run(File.ReadAllBytes(file));
                }
                // Any exception is a finding here, as it is for afl-fuzz.
#pragma warning disable CA1031
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failures++;
                    Console.Error.WriteLine($"{file}: {exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        Console.WriteLine($"replayed {inputs} inputs, {failures} failed");
        return failures == 0 && inputs > 0 ? 0 : 1;
    }
}
