namespace RunnerMetrics.Parsing.Tests.Allocation;

/// <summary>
/// Allocation tests run alone: other tests parsing interned types share <c>StrictJsonStringPool.Shared</c>
/// and could evict a pooled string between warm-up and measurement.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "Allocation";
}
