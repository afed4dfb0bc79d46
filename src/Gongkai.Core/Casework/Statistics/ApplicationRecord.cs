namespace Gongkai.Casework.Statistics;

/// <summary>What one 政府信息公开申请 contributes to the annual report's table 三.</summary>
/// <remarks>
/// A case is open at the end of a day D when it was received on or before D and is not closed on or before D.
/// Construction rejects a closing date without an outcome (or the reverse) and a closing date before receipt.
/// </remarks>
public sealed record ApplicationRecord
{
    /// <param name="applicant">The applicant's column of table 三.</param>
    /// <param name="received">The receipt date the channel's rule gives (条例第三十一条); inclusive.</param>
    /// <param name="closed">The date the case was closed (the reply or the decision not to process it); null while the case is open.</param>
    /// <param name="outcome">The one statutory outcome; null exactly when <paramref name="closed"/> is null.</param>
    public ApplicationRecord(ApplicantType applicant, DateOnly received, DateOnly? closed = null, ApplicationOutcome? outcome = null)
    {
        if (closed.HasValue != outcome.HasValue)
        {
            throw new ArgumentException("A closed application has exactly one outcome; an open one has none.", nameof(outcome));
        }

        if (closed < received)
        {
            throw new ArgumentException($"Closed {closed:yyyy-MM-dd} before it was received {received:yyyy-MM-dd}.", nameof(closed));
        }

        Applicant = applicant;
        Received = received;
        Closed = closed;
        Outcome = outcome;
    }

    public ApplicantType Applicant { get; }

    public DateOnly Received { get; }

    public DateOnly? Closed { get; }

    public ApplicationOutcome? Outcome { get; }

    /// <summary>True when the case is received on or before <paramref name="day"/> and still open at its end.</summary>
    public bool OpenAtEndOf(DateOnly day) => Received <= day && !(Closed <= day);
}
