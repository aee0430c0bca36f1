namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// What a type's <c>TryParse</c> and <c>TryRead</c> do around the shared wrapper (tape, syntax errors): the first
/// pass to call and how to build the value from it.
/// </summary>
/// <param name="Setup">A statement before the read (the flat path's locals), or <see langword="null"/>.</param>
/// <param name="Read">The read, a <see cref="bool"/> expression over <c>reader</c>, <c>tape</c> and <c>error</c>.</param>
/// <param name="Build">The expression that builds the value once the document is accepted.</param>
internal sealed record ParseSteps(string? Setup, string Read, string Build);
