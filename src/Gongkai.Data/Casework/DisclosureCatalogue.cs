using System.Data.Common;
using System.Text;
using Dapper;
using Gongkai.Casework;
using Gongkai.Casework.Disclosure;
using Gongkai.Data.Queries;

namespace Gongkai.Data.Casework;

/// <summary>
/// The public 目录 (《政府信息公开条例》第十二条): published 主动公开 items only, filtered by agency (with the agencies
/// below it), category, year of the 生成日期 and words, newest first, a page at a time. Nothing else of the
/// disclosures table is ever read for the public.
/// </summary>
public static class DisclosureCatalogue
{
    public const int MaxPageSize = 100;

    private const string Visible = "d.status = 'published' AND d.attribute = 'proactive'";

    public static async Task<CataloguePage> SearchAsync(DbConnection c, CatalogueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var where = new StringBuilder(Visible);
        var parameters = new DynamicParameters();
        if (query.AgencyId is { } agencyId)
        {
            if (await AgencyQueries.ByIdAsync(c, agencyId) is not { } agency)
            {
                return new CataloguePage([], 0, 1, pageSize);
            }

            var (low, high) = AgencyQueries.PathRange(agency.Path);
            where.Append(" AND g.path >= @low AND g.path < @high");
            parameters.Add("low", low);
            parameters.Add("high", high);
        }

        if (query.Category is { } category)
        {
            where.Append(" AND d.category = @category");
            parameters.Add("category", Article20Categories.Number(category));
        }

        if (query.Year is { } year and >= 1 and <= 9999)
        {
            where.Append(" AND d.generated_on >= @from AND d.generated_on <= @to");
            parameters.Add("from", $"{year:D4}-01-01");
            parameters.Add("to", $"{year:D4}-12-31");
        }

        WordSearch.Append(where, parameters, query.Text, "d.title", "d.summary", "d.body", "d.index_number", "COALESCE(d.doc_number, '')");
        const string From = " FROM disclosures d JOIN agencies g ON g.id = d.agency_id WHERE ";
        var total = (int)await c.ExecuteScalarAsync<long>("SELECT COUNT(*)" + From + where, parameters);
        var pages = total == 0 ? 1 : ((total - 1) / pageSize) + 1;
        var page = Math.Clamp(query.Page, 1, pages);
        parameters.Add("take", pageSize);
        parameters.Add("skip", (page - 1) * pageSize);
        var rows = await c.QueryAsync<Row>(
            "SELECT d.id AS Id, d.agency_id AS AgencyId, g.full_name AS AgencyName, d.index_number AS IndexNumber, d.title AS Title, d.summary AS Summary, " +
            "d.generated_on AS GeneratedOn, d.doc_number AS DocNumber, d.category AS Category, d.published_on AS PublishedOn" + From + where +
            " ORDER BY d.generated_on DESC, d.id DESC LIMIT @take OFFSET @skip",
            parameters);
        return new CataloguePage([.. rows.Select(r => r.ToEntry())], total, page, pageSize);
    }

    /// <summary>The agencies with at least one item in the 目录, by name (the agency filter's choices).</summary>
    public static async Task<IReadOnlyList<(long Id, string Name)>> AgenciesAsync(DbConnection c) =>
        [.. await c.QueryAsync<(long, string)>(
            $"SELECT DISTINCT g.id, g.full_name FROM disclosures d JOIN agencies g ON g.id = d.agency_id WHERE {Visible} ORDER BY g.full_name")];

    /// <summary>The years of the 生成日期 of items in the 目录, newest first.</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(DbConnection c) =>
        [.. (await c.QueryAsync<string>($"SELECT DISTINCT substr(d.generated_on, 1, 4) FROM disclosures d WHERE {Visible}"))
            .Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)).OrderDescending()];

    private sealed class Row
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public string AgencyName { get; init; } = "";
        public string IndexNumber { get; init; } = "";
        public string Title { get; init; } = "";
        public string Summary { get; init; } = "";
        public string GeneratedOn { get; init; } = "";
        public string? DocNumber { get; init; }
        public long Category { get; init; }
        public string? PublishedOn { get; init; }

        public CatalogueEntry ToEntry() => new(Id, AgencyId, AgencyName, IndexNumber, Title, Summary, IsoDate.Parse(GeneratedOn), DocNumber,
            DisclosureStore.Category(Category), PublishedOn is null ? null : IsoDate.Parse(PublishedOn));
    }
}
