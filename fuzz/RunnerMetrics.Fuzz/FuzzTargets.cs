using RunnerMetrics.Fuzz.Targets;

namespace RunnerMetrics.Fuzz;

/// <summary>The targets by name.</summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = ["timestamp", "prejob", "inspector"];

    public static IFuzzTarget? Find(string name) => name switch
    {
        "timestamp" => new TimestampTarget(),
        "prejob" => new PreJobTarget(),
        "inspector" => new InspectorTarget(),
        _ => null,
    };
}
