using System.Data.Common;
using Dapper;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Web.Shared;

/// <summary>One agency's report for one year as it goes through authoring and review (table <c>submissions</c>).</summary>
public sealed record Submission(long Id, long AgencyId, int Year, string Status, string ReportJson, string UpdatedAt, string? SubmittedAt, long? ReportId)
{
    private const string Columns =
        "id AS Id, agency_id AS AgencyId, year AS Year, status AS Status, report_json AS ReportJson, updated_at AS UpdatedAt, submitted_at AS SubmittedAt, report_id AS ReportId";

    public AnnualReport Report => CanonicalJson.Read(ReportJson);

    /// <summary>The time stamp the registry writes (UTC, to the second).</summary>
    public static string Stamp(TimeProvider clock) => clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<Submission?> ByIdAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        (await c.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM submissions WHERE id = @id", new { id }, tx))?.ToSubmission();

    public static async Task<Submission?> FindAsync(DbConnection c, long agencyId, int year, DbTransaction? tx = null) =>
        (await c.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM submissions WHERE agency_id = @agencyId AND year = @year", new { agencyId, year }, tx))?.ToSubmission();

    public static async Task<IReadOnlyList<Submission>> OfAgencyAsync(DbConnection c, long agencyId) =>
        [.. (await c.QueryAsync<Row>($"SELECT {Columns} FROM submissions WHERE agency_id = @agencyId ORDER BY year DESC", new { agencyId })).Select(r => r.ToSubmission())];

    /// <summary>
    /// The agency's report on <paramref name="year"/> as the cross-year rules and the carried-over prefill need it:
    /// the current registry version, or else the agency's submission for that year.
    /// </summary>
    public static async Task<AnnualReport?> RegistryOrSubmittedAsync(DbConnection c, long agencyId, int year)
    {
        var json = await c.QuerySingleOrDefaultAsync<string?>(
            "SELECT report_json FROM reports WHERE agency_id = @agencyId AND year = @year AND is_current = 1", new { agencyId, year });
        if (json is not null)
        {
            return CanonicalJson.Read(json);
        }

        return (await FindAsync(c, agencyId, year))?.Report;
    }

    /// <summary>The root of the subtree a reviewer acts for (the whole tree for an admin); null for anyone else.</summary>
    public static async Task<Data.Agency?> ReviewRootAsync(DbConnection c, System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Accounts.Roles.Admin) ? await AgencyQueries.ByIdAsync(c, 1)
        : user.IsInRole(Accounts.Roles.Reviewer) && user.AgencyId() is { } root ? await AgencyQueries.ByIdAsync(c, root)
        : null;

    /// <summary>The agency, and whether it lies in the subtree of <paramref name="rootId"/> (agencies.path starts with the root's path).</summary>
    public static async Task<bool> InSubtreeAsync(DbConnection c, long agencyId, long rootId)
    {
        var agency = await AgencyQueries.ByIdAsync(c, agencyId);
        var root = await AgencyQueries.ByIdAsync(c, rootId);
        return agency is not null && root is not null && agency.Path.StartsWith(root.Path, StringComparison.Ordinal);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public long Year { get; init; }
        public string Status { get; init; } = "";
        public string ReportJson { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
        public string? SubmittedAt { get; init; }
        public long? ReportId { get; init; }

        public Submission ToSubmission() => new(Id, AgencyId, (int)Year, Status, ReportJson, UpdatedAt, SubmittedAt, ReportId);
    }
}
