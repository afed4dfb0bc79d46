using System.Globalization;
using Gongkai.Casework.Applications;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Accounts;
using Gongkai.Web.Casework;
using Gongkai.Web.Casework.Reminders;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// The applications a user may see: a clerk's own agency, a reviewer's subtree. Open cases first by their next
/// deadline; overdue ones and those due within the reminders' working days (on the registry's calendar) are marked.
/// </summary>
public sealed class IndexModel(Database database, TimeProvider clock, ReminderOptions reminders) : PageModel
{
    /// <summary>"Due soon": within this many working days, the same threshold as the reminders.</summary>
    public int SoonWorkingDays => reminders.DueSoonWorkingDays;

    public static IReadOnlyList<string> Filters { get; } = ["open", "soon", "overdue", "closed", "all"];

    [FromQuery(Name = "agency")]
    public long? Agency { get; set; }

    [FromQuery(Name = "filter")]
    public string? Filter { get; set; }

    public IReadOnlyList<CaseListItem> Cases { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The last day that counts as "due soon": today plus three working days.</summary>
    public DateOnly SoonUntil { get; private set; }

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = Filters.Contains(Filter) ? Filter : "open";
        await using var c = await database.OpenAsync(cancellationToken);
        var visible = await CaseAccess.VisibleAgenciesAsync(c, User);
        var agencies = Agency is { } only ? [.. visible.Where(a => a == only)] : visible;
        var calendar = await CalendarStore.LoadAsync(database, cancellationToken);
        Today = Submission.Today(clock);
        SoonUntil = calendar.AddWorkingDays(Today, SoonWorkingDays).Due;
        CanCreate = User.AgencyId() is { } own && CaseAccess.CanAct(User, own);
        var all = await CaseStore.ListAsync(c, agencies, openOnly: Filter is "open" or "soon" or "overdue");
        Cases = [.. all.Where(x => Filter switch
        {
            "soon" => Due(x) is { } d && d >= Today && d <= SoonUntil,
            "overdue" => IsOverdue(x),
            "closed" => !x.CaseStatus.IsOpen(),
            _ => true,
        })];
        return Page();
    }

    public bool IsOverdue(CaseListItem x) => x.CaseStatus.IsOpen() && Due(x) is { } d && d < Today;

    public bool IsSoon(CaseListItem x) => x.CaseStatus.IsOpen() && Due(x) is { } d && d >= Today && d <= SoonUntil;

    private static DateOnly? Due(CaseListItem x) =>
        x.DueOn is null ? null : DateOnly.ParseExact(x.DueOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
