using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Statistics;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Accounts;
using Gongkai.Web.Casework;
using Gongkai.Web.Casework.Reminders;
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

    /// <summary>Only the cases active in this year: arrived by its end and not closed before it began.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    /// <summary>Words that must each occur in the number, the applicant's name or the request (an applicant on the phone).</summary>
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<CaseListItem> Cases { get; private set; } = [];

    /// <summary>This list under another filter (or as CSV), keeping the agency, year and words.</summary>
    public string Link(string filter, bool csv = false)
    {
        var query = new List<string> { $"filter={filter}" };
        if (csv)
        {
            query.Insert(0, "handler=Csv");
        }

        if (Agency is { } agency)
        {
            query.Add($"agency={agency}");
        }

        if (Year is { } year)
        {
            query.Add($"year={year}");
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            query.Add($"q={Uri.EscapeDataString(Query.Trim())}");
        }

        return "/cases?" + string.Join('&', query);
    }

    public DateOnly Today { get; private set; }

    /// <summary>The last day that counts as "due soon": today plus three working days.</summary>
    public DateOnly SoonUntil { get; private set; }

    public bool CanCreate { get; private set; }

    /// <summary>Most cases a page lists; the CSV has them all.</summary>
    public const int PageLimit = 2000;

    /// <summary>True when the page shows only the first <see cref="PageLimit"/>.</summary>
    public bool Truncated { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(PageLimit, cancellationToken);
        return Page();
    }

    /// <summary>The register (台账, 条例第四十五条) of the listed cases as CSV, UTF-8 with a BOM so that Excel reads the Chinese.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(int.MaxValue, cancellationToken);
        var csv = new System.Text.StringBuilder("\uFEFF编号,机关,申请人,申请人类型,到达日期,收到申请之日,状态,下一期限事项,下一期限,办结日期,办理结果,承办人\r\n");
        foreach (var x in Cases)
        {
            string[] row =
            [
                x.Number, x.AgencyName, x.ApplicantName,
                Enum.TryParse<ApplicantType>(x.ApplicantType, out var t) ? t.Label() : x.ApplicantType,
                x.ArrivedOn, x.ReceivedOn ?? "", x.CaseStatus.Label(), x.DueWhat ?? "", x.DueOn ?? "", x.ClosedOn ?? "",
                x.Outcome is { } o && Enum.TryParse<ApplicationOutcome>(o, out var outcome) ? outcome.Label() : "",
                x.AssignedName ?? "",
            ];
            csv.Append(string.Join(',', row.Select(CsvCell))).Append("\r\n");
        }

        return File(System.Text.Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"依申请公开台账-{Today:yyyyMMdd}.csv");
    }

    /// <summary>A CSV cell as the export writes one (<see cref="Writing.Export.CsvExport.Field"/>), with a leading = + - @ neutralized so a spreadsheet never runs a typed name as a formula.</summary>
    public static string CsvCell(string value) =>
        Writing.Export.CsvExport.Field(value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value);

    private async Task LoadAsync(int limit, CancellationToken cancellationToken)
    {
        Filter = Filters.Contains(Filter) ? Filter : "open";
        await using var c = await database.OpenAsync(cancellationToken);
        var visible = await CaseAccess.VisibleAgenciesAsync(c, User);
        var agencies = Agency is { } only ? [.. visible.Where(a => a == only)] : visible;
        var calendar = await CalendarStore.LoadAsync(c);
        Today = ChinaClock.Today(clock);
        SoonUntil = calendar.AddWorkingDays(Today, SoonWorkingDays).Due;
        CanCreate = User.AgencyId() is { } own && CaseAccess.CanAct(User, own);
        var all = await CaseStore.ListAsync(c, agencies, Filter switch { "open" or "soon" or "overdue" => "open", "closed" => "closed", _ => null }, Year, limit, Query);
        Truncated = all.Count >= limit;
        Cases = [.. all.Where(x => Filter switch
        {
            "soon" => Due(x) is { } d && d >= Today && d <= SoonUntil,
            "overdue" => IsOverdue(x),
            _ => true,
        })];
    }

    public bool IsOverdue(CaseListItem x) => x.CaseStatus.IsOpen() && Due(x) is { } d && d < Today;

    public bool IsSoon(CaseListItem x) => x.CaseStatus.IsOpen() && Due(x) is { } d && d >= Today && d <= SoonUntil;

    private static DateOnly? Due(CaseListItem x) =>
        x.DueOn is null ? null : IsoDate.Parse(x.DueOn);
}
