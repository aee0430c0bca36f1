namespace RunnerMetrics.Generators.Model;

/// <summary>
/// The DataAnnotations bounds on a member, as C# literals of the member's type ready to emit; <see langword="null"/> where absent.
/// </summary>
/// <param name="RangeMinimum">The <c>Range</c> minimum.</param>
/// <param name="RangeMaximum">The <c>Range</c> maximum.</param>
/// <param name="MinLength">The <c>MinLength</c> (string length or element count).</param>
/// <param name="MaxLength">The <c>MaxLength</c> (string length or element count).</param>
internal sealed record ConstraintModel(string? RangeMinimum, string? RangeMaximum, int? MinLength, int? MaxLength)
{
    public static ConstraintModel None { get; } = new(null, null, null, null);

    public bool HasRange => RangeMinimum is not null;

    public bool HasLength => MinLength is not null || MaxLength is not null;
}
