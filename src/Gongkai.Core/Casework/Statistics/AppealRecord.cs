namespace Gongkai.Casework.Statistics;

/// <summary>What one 行政复议 or 行政诉讼 about the agency's disclosure work contributes to table 四.</summary>
/// <remarks>
/// A year's table 四 counts every appeal pending at some time in the year: filed on or before 31 December and not
/// decided before 1 January. One decided in the year counts under its outcome; one not decided by 31 December
/// counts as 尚未审结, and again in each later year until it is decided.
/// </remarks>
public sealed record AppealRecord
{
    /// <param name="kind">Review, suit without review, or suit after review.</param>
    /// <param name="filed">The date the review or suit was filed (accepted); inclusive.</param>
    /// <param name="decided">The date of the decision or judgment that ended it; null while it is undecided.</param>
    /// <param name="outcome">How it ended; null exactly when <paramref name="decided"/> is null.</param>
    public AppealRecord(AppealKind kind, DateOnly filed, DateOnly? decided = null, AppealOutcome? outcome = null)
    {
        if (decided.HasValue != outcome.HasValue)
        {
            throw new ArgumentException("A decided appeal has exactly one outcome; an undecided one has none.", nameof(outcome));
        }

        if (decided < filed)
        {
            throw new ArgumentException($"Decided {decided:yyyy-MM-dd} before it was filed {filed:yyyy-MM-dd}.", nameof(decided));
        }

        Kind = kind;
        Filed = filed;
        Decided = decided;
        Outcome = outcome;
    }

    public AppealKind Kind { get; }

    public DateOnly Filed { get; }

    public DateOnly? Decided { get; }

    public AppealOutcome? Outcome { get; }
}
