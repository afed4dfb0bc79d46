using System.Data.Common;
using System.Globalization;
using Dapper;
using Gongkai.Casework;
using Gongkai.Casework.Statistics;

namespace Gongkai.Data.Casework;

/// <summary>A 行政复议 or 行政诉讼 about the agency's disclosure work, as stored.</summary>
/// <param name="ApplicationId">The application it arose from, when it is one of the registry's.</param>
/// <param name="CaseNumber">The 复议 or court case number, e.g. （2025）京0105行初123号.</param>
/// <param name="Body">The 复议机关 or the court.</param>
public sealed record StoredAppeal(long Id, long AgencyId, long? ApplicationId, string? ApplicationNumber, AppealKind Kind, string CaseNumber, string Body, DateOnly Filed, DateOnly? Decided, AppealOutcome? Outcome, string Note)
{
    public AppealRecord ToRecord() => new(Kind, Filed, Decided, Outcome);
}

/// <summary>Review and litigation cases (table 四), written in the caller's transaction.</summary>
public static class AppealStore
{
    private const string Select =
        "SELECT p.id AS Id, p.agency_id AS AgencyId, p.application_id AS ApplicationId, a.number AS ApplicationNumber, p.kind AS Kind, p.case_number AS CaseNumber, p.body AS Body, " +
        "p.filed_on AS FiledOn, p.decided_on AS DecidedOn, p.outcome AS Outcome, p.note AS Note FROM appeals p LEFT JOIN applications a ON a.id = p.application_id";

    public static async Task<long> InsertAsync(DbConnection c, DbTransaction tx, Database database, long agencyId, long? applicationId, AppealKind kind, string caseNumber, string body, DateOnly filed, string note)
    {
        var at = Clock.Stamp(database.Clock);
        return await c.ExecuteScalarAsync<long>(
            "INSERT INTO appeals (agency_id, application_id, kind, case_number, body, filed_on, note, created_at, updated_at) VALUES (@agencyId, @applicationId, @kind, @caseNumber, @body, @filed, @note, @at, @at) RETURNING id",
            new { agencyId, applicationId, kind = kind.ToString(), caseNumber, body, filed = IsoDate.Format(filed), note, at }, tx);
    }

    /// <summary>Records how the appeal ended; refused (false) when it is unknown or already decided.</summary>
    public static async Task<bool> DecideAsync(DbConnection c, DbTransaction tx, Database database, long id, DateOnly decided, AppealOutcome outcome) =>
        await c.ExecuteAsync(
            "UPDATE appeals SET decided_on = @decided, outcome = @outcome, updated_at = @at WHERE id = @id AND decided_on IS NULL AND filed_on <= @decided",
            new { id, decided = IsoDate.Format(decided), outcome = outcome.ToString(), at = Clock.Stamp(database.Clock) }, tx) == 1;

    /// <summary>Pending first, then the newest filed.</summary>
    private const string Order = " ORDER BY p.decided_on IS NOT NULL, p.filed_on DESC, p.id DESC";

    public static async Task<StoredAppeal?> GetAsync(DbConnection c, long id) =>
        (await c.QueryAsync<Row>(Select + " WHERE p.id = @id", new { id })).Select(Map).SingleOrDefault();

    public static async Task<IReadOnlyList<StoredAppeal>> ListAsync(DbConnection c, IReadOnlyCollection<long> agencyIds)
    {
        if (agencyIds.Count == 0)
        {
            return [];
        }

        var ids = string.Join(",", agencyIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return [.. (await c.QueryAsync<Row>(Select + $" WHERE p.agency_id IN ({ids})" + Order)).Select(Map)];
    }

    /// <summary>The reviews and suits brought against one application's reply, in the list's order.</summary>
    public static async Task<IReadOnlyList<StoredAppeal>> OfApplicationAsync(DbConnection c, long applicationId) =>
        [.. (await c.QueryAsync<Row>(Select + " WHERE p.application_id = @applicationId" + Order, new { applicationId })).Select(Map)];

    /// <summary>The appeals table 四 of <paramref name="year"/> counts: filed by its end and not decided before it began.</summary>
    public static async Task<IReadOnlyList<AppealRecord>> ForYearAsync(DbConnection c, long agencyId, int year) =>
        [.. (await c.QueryAsync<Row>(Select + " WHERE p.agency_id = @agencyId AND p.filed_on <= @end AND (p.decided_on IS NULL OR p.decided_on >= @begin)",
            new { agencyId, begin = $"{year}-01-01", end = $"{year}-12-31" })).Select(r => Map(r).ToRecord())];

    private static StoredAppeal Map(Row r) => new(
        r.Id, r.AgencyId, r.ApplicationId, r.ApplicationNumber, Enum.Parse<AppealKind>(r.Kind), r.CaseNumber, r.Body,
        IsoDate.Parse(r.FiledOn), r.DecidedOn is null ? null : IsoDate.Parse(r.DecidedOn), r.Outcome is null ? null : Enum.Parse<AppealOutcome>(r.Outcome), r.Note);

    private sealed class Row
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public long? ApplicationId { get; init; }
        public string? ApplicationNumber { get; init; }
        public string Kind { get; init; } = "";
        public string CaseNumber { get; init; } = "";
        public string Body { get; init; } = "";
        public string FiledOn { get; init; } = "";
        public string? DecidedOn { get; init; }
        public string? Outcome { get; init; }
        public string Note { get; init; } = "";
    }
}
