using Dapper;
using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Portal;

/// <summary>One report version in the official layout, each finding marked on its cells and explained.</summary>
[OutputCache(PolicyName = Caching.Portal)]
public sealed class ReportModel(Database database) : PageModel
{
    public StoredReport Stored { get; private set; } = null!;

    public IReadOnlyList<Data.Agency> Path { get; private set; } = [];

    public IReadOnlyList<ReportListItem> Versions { get; private set; } = [];

    public IReadOnlyList<Publication> Publications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var stored = await StoredReport.LoadAsync(c, id);
        if (stored is null)
        {
            return NotFound();
        }

        Stored = stored;
        Path = [.. (await Data.Queries.AgencyQueries.PathAsync(c, stored.Agency)).Skip(1)];
        Versions = stored.Year is { } year
            ? await ReportListItem.QueryAsync(c, "r.agency_id = @agency AND r.year = @year", new { agency = stored.Agency.Id, year }, "r.version", 100)
            : [];
        Publications = [.. await c.QueryAsync<Publication>(
            "SELECT p.published_at AS PublishedAt, u.display_name AS PublishedBy FROM publications p LEFT JOIN users u ON u.id = p.published_by WHERE p.report_id = @id ORDER BY p.id",
            new { id })];
        return Page();
    }

    public sealed class Publication
    {
        public string PublishedAt { get; init; } = "";
        public string? PublishedBy { get; init; }
    }
}
