using System.Text;
using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Documents;

/// <summary>One known member among thousands of unknown, skipped ones: duplicate detection must stay linear.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record ManyMembers(int Known)
{
    /// <summary><c>{"m0":0,"m1":1,…,"known":1}</c> with <paramref name="unknown"/> unknown members.</summary>
    public static byte[] Document(int unknown)
    {
        var json = new StringBuilder("{");
        for (int i = 0; i < unknown; i++)
        {
            json.Append("\"m").Append(i).Append("\":").Append(i).Append(',');
        }

        return Encoding.UTF8.GetBytes(json.Append("\"known\":1}").ToString());
    }
}
