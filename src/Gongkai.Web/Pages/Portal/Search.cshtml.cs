using Dapper;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Web.Shared;
using Gongkai.Writing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Portal;

/// <summary>
/// Full-text search over agency names (and their aliases) and the narrative of current reports. A plain substring
/// match, so two-character Chinese words (公开, 复议) are found; at most <see cref="Limit"/> hits of each kind.
/// </summary>
[OutputCache(PolicyName = Caching.Portal)]
public sealed class SearchModel(Database database) : PageModel
{
    public const int Limit = 50;

    public string Query { get; private set; } = "";

    public IReadOnlyList<AgencyNode> Agencies { get; private set; } = [];

    public IReadOnlyList<(ReportListItem Report, string Section, string Snippet)> Hits { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = (q ?? "").Trim();
        if (Query.Length == 0)
        {
            return;
        }

        if (Query.Length > 100)
        {
            Query = Query[..100];
        }

        var contains = database.Kind == DatabaseKind.Sqlite ? "instr({0}, @q) > 0" : "strpos({0}, @q) > 0";
        await using var c = await database.OpenAsync(cancellationToken);
        var agencyIds = (await c.QueryAsync<long>(
            $"SELECT id FROM agencies WHERE {string.Format(null, contains, "full_name")} OR {string.Format(null, contains, "name")} " +
            $"UNION SELECT agency_id FROM agency_aliases WHERE {string.Format(null, contains, "alias")} LIMIT {Limit}", new { q = Query })).ToHashSet();
        Agencies = agencyIds.Count == 0 ? [] : [.. await c.QueryAsync<AgencyNode>(
            $"SELECT id AS Id, name AS Name, full_name AS FullName, kind AS Kind, path AS Path FROM agencies WHERE id IN ({IdList(agencyIds)}) ORDER BY path")];

        var reports = await ReportListItem.QueryAsync(c, $"r.is_current = 1 AND {string.Format(null, contains, "r.report_json")}", new { q = Query }, "r.year DESC, r.id", Limit);
        // The matching reports' JSON in one query, for the passages.
        var json = reports.Count == 0 ? [] : (await c.QueryAsync<(long Id, string Json)>(
            $"SELECT id, report_json FROM reports WHERE id IN ({IdList(reports.Select(r => r.Id))})")).ToDictionary(x => x.Id, x => x.Json);
        var hits = new List<(ReportListItem, string, string)>();
        foreach (var r in reports)
        {
            var report = CanonicalJson.Read(json[r.Id]);
            foreach (var (kind, text) in report.Sections.OrderBy(s => s.Key))
            {
                var at = text.IndexOf(Query, StringComparison.Ordinal);
                if (at >= 0)
                {
                    hits.Add((r, kind.Heading(), Snippet(text, at, Query.Length)));
                    break;
                }
            }
        }

        Hits = hits;
    }

    /// <summary>Row ids read from the database, as an SQL list both engines take (Npgsql sends a Dapper list as one array).</summary>
    private static string IdList(IEnumerable<long> ids) => string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string Snippet(string text, int at, int length)
    {
        var start = Math.Max(0, at - 40);
        var end = Math.Min(text.Length, at + length + 60);
        return (start > 0 ? "…" : "") + text[start..end].ReplaceLineEndings(" ") + (end < text.Length ? "…" : "");
    }
}
