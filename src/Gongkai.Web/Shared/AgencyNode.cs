using System.Data.Common;
using Dapper;

namespace Gongkai.Web.Shared;

/// <summary>A node of the agencies tree as the portal lists it: how many agencies and current reports lie beneath it.</summary>
public sealed class AgencyNode
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string FullName { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Path { get; init; } = "";
    public long Children { get; init; }
    public long Reports { get; init; }

    /// <summary>The children of a node, regions by code then name, with the count of current reports in each subtree.</summary>
    public static async Task<IReadOnlyList<AgencyNode>> ChildrenAsync(DbConnection connection, long parent) =>
        [.. await connection.QueryAsync<AgencyNode>(
            """
            SELECT a.id AS Id, a.name AS Name, a.full_name AS FullName, a.kind AS Kind, a.path AS Path,
                   (SELECT COUNT(*) FROM agencies c WHERE c.parent_id = a.id) AS Children,
                   (SELECT COUNT(*) FROM reports r JOIN agencies b ON b.id = r.agency_id
                     WHERE r.is_current = 1 AND b.path >= a.path AND b.path < substr(a.path, 1, length(a.path) - 1) || '0') AS Reports
            FROM agencies a WHERE a.parent_id = @parent
            ORDER BY CASE WHEN a.code IS NULL THEN 1 ELSE 0 END, a.code, a.name
            """, new { parent })];
}
