using System;

namespace RunnerMetrics.Tests.Support;

/// <summary>A clock that moves only when told, for rate-limit pauses measured in minutes.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
