using System;
using System.Collections.Generic;
using System.IO;

namespace RunnerMetrics.Parsing.Tests.Support;

/// <summary>
/// The vendored JSONTestSuite parsing cases (TestData/JSONTestSuite/test_parsing, MIT, see its LICENSE).
/// The project copies them to the output folder, so they are found next to the test assembly.
/// </summary>
internal static class TestSuiteFiles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "JSONTestSuite", "test_parsing");

    /// <summary>File names starting with <paramref name="prefix"/> (<c>y_</c>, <c>n_</c>, <c>i_</c>), one theory row each.</summary>
    public static TheoryData<string> Named(string prefix)
    {
        var names = new List<string>();
        foreach (string path in Directory.EnumerateFiles(Folder, prefix + "*.json"))
        {
            names.Add(Path.GetFileName(path));
        }

        if (names.Count == 0)
        {
            throw new InvalidOperationException($"No {prefix}*.json files in {Folder}: is TestData copied to the output?");
        }

        names.Sort(StringComparer.Ordinal);
        var data = new TheoryData<string>();
        foreach (string name in names)
        {
            data.Add(name);
        }

        return data;
    }

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>The file as the value of member <c>unknown</c> of an object: <c>{"unknown": FILE\n}</c>.</summary>
    public static byte[] AsUnknownMemberValue(string name) =>
        [.. "{\"unknown\": "u8, .. Read(name), .. "\n}"u8];
}
