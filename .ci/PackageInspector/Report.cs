using System;

namespace RunnerMetrics.PackageInspector;

/// <summary>Prints each check's outcome as one line and counts them.</summary>
internal sealed class Report
{
    public int Passes { get; private set; }

    public int Failures { get; private set; }

    public void Ok(string package, string what)
    {
        Passes++;
        Console.WriteLine($"package-inspector: ok: {package}: {what}");
    }

    public void Fail(string package, string what)
    {
        Failures++;
        Console.WriteLine($"package-inspector: FAIL: {package}: {what}");
    }

    /// <summary>Records <paramref name="what"/> as passed when <paramref name="condition"/> holds, else <paramref name="failure"/>.</summary>
    public void Check(bool condition, string package, string what, string failure)
    {
        if (condition)
        {
            Ok(package, what);
        }
        else
        {
            Fail(package, failure);
        }
    }
}
