using Gongkai.Casework;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>What a reminder says about a deadline.</summary>
public static class ReminderKind
{
    /// <summary>The deadline is today or within the configured number of working days.</summary>
    public const string DueSoon = "due_soon";

    /// <summary>The deadline has passed.</summary>
    public const string Overdue = "overdue";
}

/// <summary>How near a deadline is, counted on the registry calendar.</summary>
/// <param name="Kind">One of <see cref="ReminderKind"/>.</param>
/// <param name="WorkingDaysLeft">
/// For <see cref="ReminderKind.DueSoon"/>: the working days after today up to and including the deadline (0 = due
/// today, or due on a day off before the next working day). Always 0 for <see cref="ReminderKind.Overdue"/>.
/// </param>
/// <param name="DueToday">The deadline is today.</param>
public readonly record struct Urgency(string Kind, int WorkingDaysLeft, bool DueToday = false)
{
    /// <summary>
    /// Overdue when <paramref name="due"/> is before <paramref name="today"/>; due soon when it is no later than the
    /// <paramref name="soonWorkingDays"/>-th working day after today (the day of counting not counted, as the
    /// deadlines themselves are counted); null when it is further away.
    /// </summary>
    public static Urgency? Of(DateOnly due, DateOnly today, WorkingCalendar calendar, int soonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (due < today)
        {
            return new Urgency(ReminderKind.Overdue, 0);
        }

        var left = 0;
        for (var day = today.AddDays(1); day <= due; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day) && ++left > soonWorkingDays)
            {
                return null;
            }
        }

        return new Urgency(ReminderKind.DueSoon, left, due == today);
    }
}
