using System.Data.Common;
using Dapper;

namespace Gongkai.Web.Shared;

/// <summary>A report version in a list: which agency, which year, how many findings.</summary>
public sealed class ReportListItem
{
    public long Id { get; init; }
    public long AgencyId { get; init; }
    public string AgencyName { get; init; } = "";
    public string AgencyPath { get; init; } = "";
    public long? Year { get; init; }
    public long Version { get; init; }
    public long IsCurrent { get; init; }
    public string Format { get; init; } = "";
    public string? PublishedOn { get; init; }
    public string ImportedAt { get; init; } = "";
    public long Errors { get; init; }
    public long Warnings { get; init; }

    /// <summary>Reports matching <paramref name="where"/> (SQL over <c>reports r JOIN agencies a</c>).</summary>
    public static async Task<IReadOnlyList<ReportListItem>> QueryAsync(DbConnection connection, string where, object args, string orderBy, int limit) =>
        [.. await connection.QueryAsync<ReportListItem>(
            "SELECT r.id AS Id, r.agency_id AS AgencyId, a.full_name AS AgencyName, a.path AS AgencyPath, r.year AS Year, r.version AS Version, " +
            "r.is_current AS IsCurrent, r.format AS Format, r.published_on AS PublishedOn, r.imported_at AS ImportedAt, r.errors AS Errors, r.warnings AS Warnings " +
            $"FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where} ORDER BY {orderBy} LIMIT {limit}", args)];
}
