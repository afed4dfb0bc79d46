namespace Gongkai.Casework;

/// <summary>A due date counted in working days, with how it was counted.</summary>
/// <param name="Start">The day the period starts from; it is not counted (民法典第二百零一条).</param>
/// <param name="WorkingDays">The length of the period in working days.</param>
/// <param name="Due">The last day of the period, always a working day.</param>
/// <param name="Explanation">How the days were counted, in Chinese, one paragraph.</param>
/// <param name="UncoveredYears">
/// Years the counted days fall in that the calendar has no State Council arrangement for; there only weekends were
/// skipped, so <see cref="Due"/> is an estimate. Empty when every counted day is covered.
/// </param>
public sealed record Deadline(DateOnly Start, int WorkingDays, DateOnly Due, string Explanation, IReadOnlyList<int> UncoveredYears)
{
    /// <summary>True when some counted day lies in a year the calendar does not cover (see <see cref="UncoveredYears"/>).</summary>
    public bool IsEstimate => UncoveredYears.Count > 0;
}
