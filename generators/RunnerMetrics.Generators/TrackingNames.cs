namespace RunnerMetrics.Generators;

/// <summary>Names of the pipeline steps, so tests can check each one is cached.</summary>
public static class TrackingNames
{
    /// <summary>Annotated types parsed into a model and diagnostics.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The diagnostics of each type.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>The models of valid types.</summary>
    public const string Model = nameof(Model);

    /// <summary>The enums of every model, collected to emit each once.</summary>
    public const string Enums = nameof(Enums);
}
