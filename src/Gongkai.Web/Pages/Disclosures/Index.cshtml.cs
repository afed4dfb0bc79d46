using Gongkai.Casework;
using Gongkai.Casework.Disclosure;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Disclosures;

/// <summary>
/// The items of proactive disclosure a signed-in account works on or oversees: a clerk's agency, or a reviewer's
/// subtree (the whole tree for an admin); with the stage, the 第二十六条 due date (overdue in red) and a stage filter.
/// </summary>
public sealed class IndexModel(Database database, TimeProvider clock) : PageModel
{
    public sealed record Row(DisclosureListItem Item, DisclosureDue? Due);

    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    public Agency Scope { get; private set; } = null!;

    /// <summary>True for a clerk: the list is the clerk's own agency and may be changed.</summary>
    public bool CanAct { get; private set; }

    public IndexSettings? Settings { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var own = DisclosureAccess.ActingAgency(User);
        var scope = own is { } id ? await AgencyQueries.ByIdAsync(c, id) : await Submission.ReviewRootAsync(c, User);
        if (scope is null)
        {
            return Forbid();
        }

        Scope = scope;
        CanAct = own is not null;
        Settings = CanAct ? await DisclosureStore.SettingsAsync(c, scope.Id) : null;
        var calendar = await CalendarStore.LoadAsync(c);
        var today = ChinaClock.Today(clock);
        var items = await DisclosureStore.OfAgencyAsync(c, scope.Id, withAgenciesBelow: !CanAct, DisclosureStages.Parse(Stage));
        Rows = [.. items.Select(i => new Row(i, DisclosureDue.For(calendar, today,
            new DisclosureDraft(i.Title, "", "", null, i.Category, i.Mode, i.GeneratedOn, i.ChangedOn), i.Stage, i.PublishedOn)))];
        return Page();
    }
}
