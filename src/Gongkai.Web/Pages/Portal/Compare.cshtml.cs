using Dapper;
using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Reports;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>
/// Reports side by side, cell by cell: years of one agency, or agencies of one year (up to <see cref="MaxReports"/>).
/// Cells whose values differ are marked; <c>diff=1</c> keeps only them.
/// </summary>
public sealed class CompareModel(Database database) : PageModel
{
    public const int MaxReports = 6;

    public IReadOnlyList<StoredReport> Reports { get; private set; } = [];

    public IReadOnlyList<CellDefinition> Cells { get; private set; } = [];

    public bool OnlyDifferences { get; private set; }

    public string? Error { get; private set; }

    public string Ids => string.Join(',', Reports.Select(r => r.Id));

    public async Task<IActionResult> OnGetAsync(string? ids, string? agency, int? year, bool diff, CancellationToken cancellationToken)
    {
        OnlyDifferences = diff;
        var list = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.TryParse(s, out var id) ? id : 0).Where(id => id > 0).Distinct().Take(MaxReports).ToList();
        await using var c = await database.OpenAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(agency))
        {
            try
            {
                var found = await AgencyQueries.ResolveAsync(database, agency.Trim(), cancellationToken);
                var id = await c.ExecuteScalarAsync<long?>(
                    "SELECT id FROM reports WHERE agency_id = @agency AND is_current = 1 AND (@year IS NULL OR year = @year) ORDER BY year DESC LIMIT 1",
                    new { agency = found.Id, year });
                if (id is { } reportId)
                {
                    return Redirect($"/compare?ids={string.Join(',', list.Append(reportId).Distinct())}{(diff ? "&diff=1" : "")}");
                }

                Error = $"{found.FullName}{year}：没有该年度的年报（no report for that year）";
            }
            catch (RegistryException e)
            {
                Error = e.Message;
            }
        }

        var reports = new List<StoredReport>();
        foreach (var id in list)
        {
            if (await StoredReport.LoadAsync(c, id) is { } r)
            {
                reports.Add(r);
            }
        }

        Reports = reports;
        var formats = reports.Select(r => r.Report.Format).ToHashSet();
        Cells = [.. TemplateCatalog.Default.All.Where(d => formats.Any(d.In))
            .Where(d => !diff || reports.Select(r => r.Report[d.Key]).Distinct().Count() > 1)];
        return Page();
    }

    public bool Differs(CellDefinition cell) => Reports.Select(r => r.Report[cell.Key]).Distinct().Count() > 1;
}
