namespace RunnerMetrics.Parsing.Tests.GitHub;

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Organization
{
    public required string Login { get; init; }
    public required long Id { get; init; }
    public required string NodeId { get; init; }
    public required string Url { get; init; }
    public required string AvatarUrl { get; init; }
    public string? Description { get; init; }
}

/// <summary>The GitHub App installation the webhook was delivered for.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Installation(long Id, string? NodeId = null);
