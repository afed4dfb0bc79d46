using Gongkai.Data.Casework;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>An open case whose next deadline is near or past.</summary>
/// <param name="Due">The deadline (<see cref="CaseListItem.DueOn"/>).</param>
/// <param name="What">What falls due (<see cref="CaseListItem.DueWhat"/>), e.g. 答复期限.</param>
public sealed record DueCase(CaseListItem Case, DateOnly Due, string What, Urgency Urgency);

/// <summary>One reminder: a due case and one address it goes to. Sent at most once per (case, deadline, kind, address).</summary>
public sealed record Reminder(DueCase Due, string Recipient, string RecipientName)
{
    public long CaseId => Due.Case.Id;

    public string Kind => Due.Urgency.Kind;
}

/// <summary>A clerk who can be reminded: an unlocked clerk account with an e-mail.</summary>
public sealed record ClerkAddress(long UserId, long AgencyId, string DisplayName, string Email);
