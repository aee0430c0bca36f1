using System;
using System.Collections.Generic;

namespace RunnerMetrics.Parsing.Tests.GitHub;

public enum RepositoryVisibility
{
    Public,
    Private,
    Internal,
}

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Repository
{
    public required long Id { get; init; }
    public required string NodeId { get; init; }
    public required string Name { get; init; }
    public required string FullName { get; init; }
    public required bool Private { get; init; }
    public required User Owner { get; init; }
    public required string HtmlUrl { get; init; }
    public string? Description { get; init; }
    public required bool Fork { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? PushedAt { get; init; }
    public string? Homepage { get; init; }
    public required int Size { get; init; }
    public required int StargazersCount { get; init; }
    public string? Language { get; init; }
    public required int ForksCount { get; init; }
    public required bool Archived { get; init; }
    public required int OpenIssuesCount { get; init; }
    public License? License { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required RepositoryVisibility Visibility { get; init; }
    public required string DefaultBranch { get; init; }
    public IReadOnlyDictionary<string, string>? CustomProperties { get; init; }
}

[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record License
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? SpdxId { get; init; }
    public string? Url { get; init; }
    public required string NodeId { get; init; }
}
