using Gongkai.Casework;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Casework;
using Gongkai.Web.Casework.Reminders;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// The casework overview of the agencies a user may see: open, due soon, overdue and closed this year per agency
/// and per clerk (each count links to the case list), the reminders due now and the reminders sent lately.
/// </summary>
public sealed class OverviewModel(Database database, TimeProvider clock, ReminderOptions options) : PageModel
{
    public const int RecentReminders = 50;

    public CaseOverview Overview { get; private set; } = new([], [], CaseCounts.Zero, []);

    /// <summary>The reminders due for the visible cases, with whether each went out already.</summary>
    public IReadOnlyList<(Reminder Reminder, bool Sent)> Pending { get; private set; } = [];

    /// <summary>Due cases no reminder can reach (no clerk of the agency has an e-mail).</summary>
    public IReadOnlyList<DueCase> Unreachable { get; private set; } = [];

    public IReadOnlyList<SentReminder> Sent { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int SoonWorkingDays => options.DueSoonWorkingDays;

    /// <summary>False when no SMTP server is configured: reminders are only shown here.</summary>
    public bool Mailing => options.Smtp is not null && options.Interval > TimeSpan.Zero;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = ChinaClock.Today(clock);
        await using var c = await database.OpenAsync(cancellationToken);
        var calendar = await CalendarStore.LoadAsync(c);
        var visible = await CaseAccess.VisibleAgenciesAsync(c, User);
        Overview = await CaseOverview.LoadAsync(c, visible, Today, calendar, options.DueSoonWorkingDays);
        var reminders = ReminderPlan.Reminders(Overview.Due, await SentReminders.ClerksAsync(c, database.Clock.GetUtcNow()));
        var sentKeys = await SentReminders.KeysAsync(c);
        Pending = [.. reminders.Select(r => (r, sentKeys.Contains(SentReminders.Key(r))))];
        Unreachable = [.. Overview.Due.Where(d => reminders.All(r => r.CaseId != d.Case.Id))];
        Sent = await SentReminders.RecentAsync(c, visible, RecentReminders);
    }

    /// <summary>The case list of one agency with a filter (the list page reads <c>agency</c> and <c>filter</c>).</summary>
    public static string ListUrl(long agencyId, string? filter = null) =>
        $"/cases?agency={agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(filter is null ? "" : "&filter=" + filter)}";
}
