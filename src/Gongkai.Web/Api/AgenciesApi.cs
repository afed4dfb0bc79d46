using Dapper;
using Gongkai.Data;
using Gongkai.Data.Queries;

namespace Gongkai.Web.Api;

/// <summary><c>/api/agencies</c>: the agencies tree, read only.</summary>
public static class AgenciesApi
{
    /// <summary>The root of the tree (全国): migration 0001 creates it with this id.</summary>
    public const long RootId = 1;

    private const string Columns =
        "a.id AS Id, a.parent_id AS ParentId, a.kind AS Kind, a.code AS Code, a.name AS Name, a.full_name AS FullName, " +
        "(SELECT COUNT(*) FROM agencies c WHERE c.parent_id = a.id) AS Children";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/agencies", ChildrenAsync)
            .WithSummary("列出机构树中某一节点的下级机构（parent 缺省为全国）")
            .Produces<IReadOnlyList<AgencyItem>>()
            .ProducesProblems(404);
        api.MapGet("/agencies/{id:long}", DetailAsync)
            .WithSummary("机构详情：在机构树中的位置、别名、各年度报告")
            .Produces<AgencyDetailItem>()
            .ProducesProblems(404);
    }

    private static async Task<IResult> ChildrenAsync(Database database, long? parent, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var id = parent ?? RootId;
        if (await ItemAsync(c, id) is null)
        {
            return Problems.NotFound($"没有编号为 {id} 的机构", "no such agency");
        }

        var rows = await c.QueryAsync<Row>($"SELECT {Columns} FROM agencies a WHERE a.parent_id = @id ORDER BY a.code, a.name", new { id });
        return Results.Ok(rows.Select(r => r.Item).ToList());
    }

    private static async Task<IResult> DetailAsync(Database database, long id, CancellationToken cancellationToken)
    {
        Agency? agency;
        AgencyItem? item;
        var path = new List<AgencyItem>();
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            agency = await AgencyQueries.ByIdAsync(c, id);
            item = await ItemAsync(c, id);
            if (agency is null || item is null)
            {
                return Problems.NotFound($"没有编号为 {id} 的机构", "no such agency");
            }

            foreach (var step in agency.PathIds)
            {
                path.Add((await ItemAsync(c, step))!);
            }
        }

        var detail = await AgencyQueries.DetailAsync(database, agency, cancellationToken);
        return Results.Ok(new AgencyDetailItem(item, path, detail.Aliases,
            [.. detail.Reports.Select(r => new AgencyYear(r.Year, r.Versions, r.Current == 0 ? null : r.Current))]));
    }

    private static async Task<AgencyItem?> ItemAsync(System.Data.Common.DbConnection c, long id) =>
        (await c.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM agencies a WHERE a.id = @id", new { id }))?.Item;

    private sealed class Row
    {
        public long Id { get; init; }
        public long? ParentId { get; init; }
        public string Kind { get; init; } = "";
        public string? Code { get; init; }
        public string Name { get; init; } = "";
        public string FullName { get; init; } = "";
        public long Children { get; init; }

        public AgencyItem Item => new(Id, ParentId, Kind, Code, Name, FullName, Children);
    }
}
