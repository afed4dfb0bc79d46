using Dapper;
using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages;

[OutputCache(PolicyName = Caching.Portal)]
public sealed class IndexModel(Database database) : PageModel
{
    public long Agencies { get; private set; }

    public long Reports { get; private set; }

    public IReadOnlyList<ReportListItem> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        Reports = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM reports WHERE is_current = 1");
        Agencies = await c.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT agency_id) FROM reports WHERE is_current = 1");
        Latest = await ReportListItem.QueryAsync(c, "r.is_current = 1", new { }, "r.id DESC", 20);
    }
}
