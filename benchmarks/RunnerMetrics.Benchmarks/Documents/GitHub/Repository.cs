using RunnerMetrics.Parsing;

namespace RunnerMetrics.Benchmarks.Documents.GitHub;

/// <summary>The repository of a webhook (78 members in GitHub's payload; these are read).</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Repository(long Id, string Name, string FullName, bool Private, Account Owner);

/// <summary>A user or organization account, as <c>sender</c> and <c>owner</c>.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Account(string Login, long Id, string Type, bool SiteAdmin);

/// <summary>The organization of a webhook.</summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip)]
public sealed partial record Organization(string Login, long Id, string? Description);
