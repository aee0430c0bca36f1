namespace RunnerMetrics.Cli.Demo;

/// <summary>One runner of the demo fleet: what kind it is and what it holds.</summary>
/// <param name="Name">The directory name; valid runners also use it as their workflow name.</param>
/// <param name="Category">valid, partial, corrupt or hostile.</param>
/// <param name="Holds">What the runner's directory holds, for the report.</param>
internal sealed record DemoRunner(string Name, string Category, string Holds);
