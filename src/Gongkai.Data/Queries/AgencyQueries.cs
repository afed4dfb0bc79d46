using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Gongkai.Data.Queries;

/// <summary>An agency's place in the tree (root first), the names it goes by, and its reports: year, versions, current report id.</summary>
public sealed record AgencyDetail(IReadOnlyList<Agency> Path, IReadOnlyList<string> Aliases, IReadOnlyList<(int? Year, int Versions, long Current)> Reports);

/// <summary>Finding agencies, listing a subtree, and the manual correction of a placement.</summary>
public static class AgencyQueries
{
    /// <summary>The select list that materializes an <see cref="Agency"/> (table <c>agencies</c>, no alias).</summary>
    public const string Columns = "id AS Id, parent_id AS ParentId, path AS Path, kind AS Kind, code AS Code, name AS Name, full_name AS FullName, confidence AS Confidence, evidence AS Evidence, placed_by AS PlacedBy";

    /// <summary>
    /// The agency a user means: <c>#42</c> or <c>42</c> (id), a GB/T 2260 code, a full name, a short name or an alias.
    /// Ambiguous or unknown names are refused with the candidates listed.
    /// </summary>
    public static async Task<Agency> ResolveAsync(Database database, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        text = text.Trim();
        await using var c = await database.OpenAsync(cancellationToken);
        if (long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && (text.StartsWith('#') || text.Length < 6))
        {
            return await ByIdAsync(c, id) ?? throw new RegistryException($"没有编号为 {id} 的机构（no agency #{id}）");
        }

        var found = (await c.QueryAsync<Agency>(
            $"SELECT {Columns} FROM agencies WHERE code = @text OR full_name = @text OR name = @text OR id IN (SELECT agency_id FROM agency_aliases WHERE alias = @text)",
            new { text })).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new RegistryException($"登记库中没有机构“{text}”（no such agency）"),
            _ => throw new RegistryException($"“{text}”不唯一，可用编号指定：{string.Join("；", found.Take(10).Select(a => $"#{a.Id} {a.FullName}"))}（ambiguous; use an id）"),
        };
    }

    public static async Task<Agency?> ByIdAsync(DbConnection connection, long id) =>
        await connection.QuerySingleOrDefaultAsync<Agency>($"SELECT {Columns} FROM agencies WHERE id = @id", new { id });

    /// <summary>The nodes from the root down to <paramref name="agency"/> (itself included).</summary>
    public static async Task<IReadOnlyList<Agency>> PathAsync(DbConnection connection, Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var path = new List<Agency>();
        foreach (var id in agency.PathIds)
        {
            path.Add((await ByIdAsync(connection, id))!);
        }

        return path;
    }

    /// <summary>An agency's place (the nodes from the root down), its aliases, and its reports per year.</summary>
    public static async Task<AgencyDetail> DetailAsync(Database database, Agency agency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        await using var c = await database.OpenAsync(cancellationToken);
        var path = await PathAsync(c, agency);
        var aliases = (await c.QueryAsync<string>("SELECT alias FROM agency_aliases WHERE agency_id = @Id ORDER BY alias", new { agency.Id })).ToList();
        var reports = (await c.QueryAsync<(int? Year, int Versions, long Current)>(
            "SELECT year, COUNT(*), MAX(CASE WHEN is_current = 1 THEN id END) FROM reports WHERE agency_id = @Id GROUP BY year ORDER BY year",
            new { agency.Id })).ToList();
        return new AgencyDetail(path, aliases, reports);
    }

    /// <summary>The subtree under <paramref name="root"/> (itself included) down to <paramref name="depth"/> levels, in tree order.</summary>
    public static async Task<IReadOnlyList<Agency>> SubtreeAsync(Database database, Agency root, int depth = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        await using var c = await database.OpenAsync(cancellationToken);
        var (low, high) = PathRange(root.Path);
        var rows = await c.QueryAsync<Agency>($"SELECT {Columns} FROM agencies WHERE path >= @low AND path < @high", new { low, high });
        var list = rows.Where(a => a.Depth - root.Depth <= depth).ToList();
        var byParent = list.ToLookup(a => a.ParentId);
        var ordered = new List<Agency>(list.Count);
        void Walk(Agency a)
        {
            ordered.Add(a);
            foreach (var child in byParent[a.Id].OrderBy(x => x.Code ?? "~", StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal))
            {
                Walk(child);
            }
        }

        Walk(list.Single(a => a.Id == root.Id));
        return ordered;
    }

    /// <summary>
    /// Moves an agency (and everything under it) to a new parent: the manual correction of an inferred placement.
    /// Reports printed under any of its names are placed here from now on (placement_overrides).
    /// </summary>
    public static async Task MoveAsync(Database database, Agency agency, Agency newParent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(newParent);
        if (agency.Kind is "root" or "unplaced")
        {
            throw new RegistryException("根节点不能移动（the root cannot be moved）");
        }

        if (newParent.Path.StartsWith(agency.Path, StringComparison.Ordinal))
        {
            throw new RegistryException($"不能把“{agency.FullName}”移到它自己的下级（cannot move an agency under itself）");
        }

        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var newPath = newParent.Path + agency.Id.ToString(CultureInfo.InvariantCulture) + "/";
        var (low, high) = PathRange(agency.Path);
        var at = Clock.Stamp(database.Clock);
        await c.ExecuteAsync("UPDATE agencies SET parent_id = @parent, placed_by = 'manual', confidence = 1, evidence = @evidence WHERE id = @id",
            new { parent = newParent.Id, id = agency.Id, evidence = $"人工调整：{at}" }, tx);
        var subtree = await c.QueryAsync<(long Id, string Path)>("SELECT id, path FROM agencies WHERE path >= @low AND path < @high", new { low, high }, tx);
        foreach (var (id, path) in subtree)
        {
            await c.ExecuteAsync("UPDATE agencies SET path = @path WHERE id = @id", new { id, path = newPath + path[agency.Path.Length..] }, tx);
        }

        var names = await c.QueryAsync<string>("SELECT alias FROM agency_aliases WHERE agency_id = @Id", new { agency.Id }, tx);
        foreach (var issuer in names.Append(agency.FullName).Distinct(StringComparer.Ordinal))
        {
            await c.ExecuteAsync(
                "INSERT INTO placement_overrides (issuer, agency_id, created_at) VALUES (@issuer, @Id, @at) ON CONFLICT (issuer) DO UPDATE SET agency_id = excluded.agency_id",
                new { issuer, agency.Id, at }, tx);
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>The text range holding every path under <paramref name="path"/> ('/' sorts just before '0').</summary>
    public static (string Low, string High) PathRange(string path) => (path, path[..^1] + "0");
}
