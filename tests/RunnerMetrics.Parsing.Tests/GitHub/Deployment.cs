using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RunnerMetrics.Parsing.Tests.GitHub;

public enum PermissionLevel
{
    Read,
    Write,
}

/// <summary>The deployment a job waits for (jobs that target an environment).</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Deployment
{
    public required long Id { get; init; }
    public required string NodeId { get; init; }
    public required string Url { get; init; }
    public required string Task { get; init; }
    public string? OriginalEnvironment { get; init; }
    public required string Environment { get; init; }
    public string? Description { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public User? Creator { get; init; }
    public required string Sha { get; init; }
    public required string Ref { get; init; }
    public bool? TransientEnvironment { get; init; }
    public bool? ProductionEnvironment { get; init; }

    // The snake_case policy would spell GitHubApp "git_hub_app".
    [JsonPropertyName("performed_via_github_app")]
    public GitHubApp? PerformedViaGitHubApp { get; init; }
}

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record GitHubApp
{
    public required long Id { get; init; }
    public string? Slug { get; init; }
    public required string NodeId { get; init; }
    public User? Owner { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required IReadOnlyDictionary<string, PermissionLevel> Permissions { get; init; }
    public required string[] Events { get; init; }
}
