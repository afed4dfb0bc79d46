using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Portal;

/// <summary>An agency (or region): where it sits, the names it goes by, its reports by year, and what lies beneath it.</summary>
[OutputCache(PolicyName = Caching.Portal)]
public sealed class AgencyModel(Database database) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public AgencyDetail Detail { get; private set; } = null!;

    public IReadOnlyList<ReportListItem> Reports { get; private set; } = [];

    public IReadOnlyList<AgencyNode> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var agency = await AgencyQueries.ByIdAsync(c, id);
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        Detail = await AgencyQueries.DetailAsync(database, agency, cancellationToken);
        Reports = await ReportListItem.QueryAsync(c, "r.agency_id = @id", new { id }, "r.year DESC, r.version DESC", 200);
        Children = await AgencyNode.ChildrenAsync(c, id);
        return Page();
    }
}
