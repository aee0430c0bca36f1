using System.Text.Json.Serialization;

namespace RunnerMetrics.Parsing.Tests.GitHub;

/// <summary>GitHub spells these in PascalCase, which the snake_case policy would not produce.</summary>
public enum UserType
{
    [JsonStringEnumMemberName("User")]
    User,
    [JsonStringEnumMemberName("Organization")]
    Organization,
    [JsonStringEnumMemberName("Bot")]
    Bot,
}

/// <summary>A user or an organization as an actor (sender, owner, creator).</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record User
{
    public required string Login { get; init; }
    public required long Id { get; init; }
    public required string NodeId { get; init; }
    public required string AvatarUrl { get; init; }
    public string? GravatarId { get; init; }
    public required string HtmlUrl { get; init; }
    public required UserType Type { get; init; }
    public required bool SiteAdmin { get; init; }
}
