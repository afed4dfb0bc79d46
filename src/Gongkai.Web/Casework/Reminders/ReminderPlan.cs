using Gongkai.Casework;
using Gongkai.Data.Casework;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>Which open cases need a reminder today and to whom it goes; pure functions of the cases, the clerks and the calendar.</summary>
public static class ReminderPlan
{
    /// <summary>The open cases whose next deadline is overdue or due soon, most urgent first.</summary>
    public static IReadOnlyList<DueCase> DueCases(IEnumerable<CaseListItem> open, DateOnly today, WorkingCalendar calendar, int soonWorkingDays)
    {
        var due = new List<DueCase>();
        foreach (var item in open)
        {
            if (item.DueOn is null || !IsoDate.TryParse(item.DueOn, out var date))
            {
                continue;
            }

            if (Urgency.Of(date, today, calendar, soonWorkingDays) is { } urgency)
            {
                due.Add(new DueCase(item, date, item.DueWhat ?? "", urgency));
            }
        }

        return [.. due.OrderBy(d => d.Due).ThenBy(d => d.Case.Id)];
    }

    /// <summary>
    /// Where a due case's reminder goes: the assigned clerk's e-mail; for an unassigned case (or one whose clerk
    /// gave no e-mail) every clerk of the agency with an e-mail. One reminder per address.
    /// </summary>
    public static IReadOnlyList<Reminder> Reminders(IEnumerable<DueCase> due, IReadOnlyList<ClerkAddress> clerks)
    {
        var byAgency = clerks.ToLookup(c => c.AgencyId);
        var reminders = new List<Reminder>();
        foreach (var d in due)
        {
            IEnumerable<(string Email, string Name)> to = d.Case.AssignedTo is not null && !string.IsNullOrWhiteSpace(d.Case.AssignedEmail)
                ? [(d.Case.AssignedEmail.Trim(), d.Case.AssignedName ?? "")]
                : byAgency[d.Case.AgencyId].Select(c => (c.Email.Trim(), c.DisplayName));
            reminders.AddRange(to.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase).Select(r => new Reminder(d, r.Email, r.Name)));
        }

        return reminders;
    }
}
