namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>
/// A struct of every non-array member kind with interned strings: parsing it allocates nothing once its
/// strings are in the pool.
/// </summary>
[StrictJson(UnknownMembers = UnknownMembers.Skip, InternStrings = true)]
public partial record struct InternedSample(
    string Name,
    string? Note,
    bool Flag,
    int Count,
    long Total,
    double Ratio,
    JobStatus Status,
    Signal? Signal,
    ExitInfo Exit,
    ExitInfo? LastExit,
    InternedEnd End);
