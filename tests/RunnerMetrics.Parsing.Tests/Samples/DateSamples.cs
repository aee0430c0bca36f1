using System;

namespace RunnerMetrics.Parsing.Tests.Samples;

/// <summary>RFC 3339 dates and guids, each optional so a document can hold one at a time.</summary>
[StrictJson]
public sealed partial class Moments
{
    public DateTimeOffset? At { get; set; }
    public DateTime? Utc { get; set; }
    public DateOnly? Day { get; set; }
    public Guid? Id { get; set; }
}

/// <summary>The same kinds, required.</summary>
[StrictJson]
public sealed partial record RequiredMoments(DateTimeOffset At, DateTime Utc, DateOnly Day, Guid Id);
