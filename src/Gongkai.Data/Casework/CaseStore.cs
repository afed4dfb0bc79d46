using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Gongkai.Casework;
using Gongkai.Casework.Applications;

namespace Gongkai.Data.Casework;

/// <summary>
/// Applications in the registry. Every method takes the caller's connection and transaction, so the web layer writes
/// the change and its audit line together. The columns beside <c>case_json</c> (status, dates, the next deadline)
/// are derived from the case on every write and on <see cref="RefreshDeadlinesAsync"/>.
/// </summary>
public static class CaseStore
{
    /// <summary>The alphabet of tracking codes: no 0/O, 1/I, so a code read over the phone is unambiguous.</summary>
    private const string CodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private const string Columns =
        "a.id AS Id, a.agency_id AS AgencyId, g.name AS AgencyName, a.number AS Number, a.status AS Status, a.applicant_name AS ApplicantName, a.applicant_type AS ApplicantType, " +
        "a.arrived_on AS ArrivedOn, a.received_on AS ReceivedOn, a.closed_on AS ClosedOn, a.outcome AS Outcome, a.due_on AS DueOn, a.due_what AS DueWhat, " +
        "a.assigned_to AS AssignedTo, u.display_name AS AssignedName, u.email AS AssignedEmail " +
        "FROM applications a JOIN agencies g ON g.id = a.agency_id LEFT JOIN users u ON u.id = a.assigned_to";

    /// <summary>A new tracking code: 12 characters of a 32-letter alphabet (60 bits), grouped by four.</summary>
    public static string NewTrackingCode()
    {
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }

        return $"{chars[..4]}-{chars[4..8]}-{chars[8..]}";
    }

    /// <summary>A typed code as stored: upper case, grouped, with spaces and dashes ignored; null when it cannot be one.</summary>
    public static string? NormalizeTrackingCode(string? typed)
    {
        var letters = new string([.. (typed ?? "").Where(ch => ch is not (' ' or '-' or '－' or '\t')).Select(char.ToUpperInvariant)]);
        return letters.Length == 12 && letters.All(CodeAlphabet.Contains) ? $"{letters[..4]}-{letters[4..8]}-{letters[8..]}" : null;
    }

    public static async Task<StoredCase> InsertAsync(DbConnection c, DbTransaction tx, Database database, long agencyId, ApplicationCase value, WorkingCalendar calendar, long? assignedTo = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var year = value.Arrived.Year;
        // One upsert raises the serial: the row lock (PostgreSQL) or the write lock (SQLite) it takes orders
        // concurrent registrations, so no two get the same number.
        var serial = await c.ExecuteScalarAsync<int>(
            "INSERT INTO application_serials (agency_id, year, last_serial) VALUES (@agencyId, @year, 1) " +
            "ON CONFLICT (agency_id, year) DO UPDATE SET last_serial = application_serials.last_serial + 1 RETURNING last_serial",
            new { agencyId, year }, tx);
        var number = $"{year}-{serial:0000}";
        var code = NewTrackingCode();
        var at = Clock.Stamp(database.Clock);
        var derived = Derive(value, calendar);
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO applications (agency_id, number, tracking_code, status, applicant_type, applicant_name, request_content, arrived_on, received_on, closed_on, outcome, due_on, due_what, assigned_to, case_json, version, created_at, updated_at) " +
            "VALUES (@agencyId, @number, @code, @Status, @ApplicantType, @ApplicantName, @RequestContent, @ArrivedOn, @ReceivedOn, @ClosedOn, @Outcome, @DueOn, @DueWhat, @assignedTo, @Json, 1, @at, @at) RETURNING id",
            new { agencyId, number, code, derived.Status, derived.ApplicantType, derived.ApplicantName, derived.RequestContent, derived.ArrivedOn, derived.ReceivedOn, derived.ClosedOn, derived.Outcome, derived.DueOn, derived.DueWhat, assignedTo, derived.Json, at },
            tx);
        return new StoredCase(id, agencyId, number, code, 1, assignedTo, value);
    }

    /// <summary>Stores the next state of <paramref name="stored"/>; refused when the case changed since it was read.</summary>
    public static async Task<StoredCase> UpdateAsync(DbConnection c, DbTransaction tx, Database database, StoredCase stored, ApplicationCase next, WorkingCalendar calendar, long? assignedTo = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var derived = Derive(next, calendar);
        var assignee = assignedTo ?? stored.AssignedTo;
        var changed = await c.ExecuteAsync(
            "UPDATE applications SET status = @Status, applicant_type = @ApplicantType, applicant_name = @ApplicantName, request_content = @RequestContent, " +
            "received_on = @ReceivedOn, closed_on = @ClosedOn, outcome = @Outcome, due_on = @DueOn, due_what = @DueWhat, " +
            "assigned_to = @assignee, case_json = @Json, version = version + 1, updated_at = @at WHERE id = @Id AND version = @Version",
            new { derived.Status, derived.ApplicantType, derived.ApplicantName, derived.RequestContent, derived.ReceivedOn, derived.ClosedOn, derived.Outcome, derived.DueOn, derived.DueWhat, assignee, derived.Json, at = Clock.Stamp(database.Clock), stored.Id, stored.Version },
            tx);
        if (changed != 1)
        {
            throw new CaseConflictException($"申请 {stored.Number} 已被他人修改，请刷新后重试。");
        }

        return stored with { Version = stored.Version + 1, AssignedTo = assignee, Case = next };
    }

    public static async Task<StoredCase?> GetAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        Stored(await c.QuerySingleOrDefaultAsync<Row>(RowSql + " WHERE id = @id", new { id }, tx));

    public static async Task<StoredCase?> ByTrackingCodeAsync(DbConnection c, string code) =>
        NormalizeTrackingCode(code) is { } normalized
            ? Stored(await c.QuerySingleOrDefaultAsync<Row>(RowSql + " WHERE tracking_code = @normalized", new { normalized }))
            : null;

    /// <summary>The cases of the agencies given, open ones first by deadline, then closed ones newest first.</summary>
    /// <param name="state">open, closed, or null for both.</param>
    /// <param name="year">Only the cases active in that year: arrived by its end and not closed before it began.</param>
    /// <param name="search">Words that must each occur in the number, the applicant's name or the request.</param>
    public static async Task<IReadOnlyList<CaseListItem>> ListAsync(DbConnection c, IReadOnlyCollection<long> agencyIds, string? state = null, int? year = null, int limit = 2000, string? search = null)
    {
        if (agencyIds.Count == 0)
        {
            return [];
        }

        var ids = string.Join(",", agencyIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var where = new StringBuilder(state switch
        {
            "open" => " AND a.status NOT IN ('Closed', 'Archived')",
            "closed" => " AND a.status IN ('Closed', 'Archived')",
            _ => "",
        });
        var parameters = new DynamicParameters(new { limit, begin = $"{year}-01-01", end = $"{year}-12-31" });
        if (year is not null)
        {
            where.Append(" AND a.arrived_on <= @end AND (a.closed_on IS NULL OR a.closed_on >= @begin)");
        }

        WordSearch.Append(where, parameters, search, "a.number", "a.applicant_name", "a.request_content");
        var rows = await c.QueryAsync<CaseListItem>(
            $"SELECT {Columns} WHERE a.agency_id IN ({ids}){where} " +
            "ORDER BY CASE WHEN a.status IN ('Closed', 'Archived') THEN 1 ELSE 0 END, a.due_on, a.closed_on DESC, a.id DESC LIMIT @limit",
            parameters);
        return [.. rows];
    }

    /// <summary>Every open case of the registry with its deadline (the reminder service's input).</summary>
    public static async Task<IReadOnlyList<CaseListItem>> OpenAsync(DbConnection c) =>
        [.. await c.QueryAsync<CaseListItem>($"SELECT {Columns} WHERE a.status NOT IN ('Closed', 'Archived') ORDER BY a.due_on, a.id")];

    /// <summary>The cases that matter to <paramref name="year"/>'s report: received by its end and not closed before it began.</summary>
    public static async Task<IReadOnlyList<ApplicationCase>> ForYearAsync(DbConnection c, long agencyId, int year)
    {
        var jsons = await c.QueryAsync<string>(
            "SELECT case_json FROM applications WHERE agency_id = @agencyId AND received_on IS NOT NULL AND received_on <= @end AND (closed_on IS NULL OR closed_on >= @begin) ORDER BY id",
            new { agencyId, begin = $"{year}-01-01", end = $"{year}-12-31" });
        return [.. jsons.Select(CaseJson.Read)];
    }

    /// <summary>
    /// The applicant's applications to the agency earlier in the calendar month of <paramref name="arrived"/>, for the
    /// 按件 fee (国办函〔2020〕109号第四条): by identity document; received ones only (an unconfirmed online submission
    /// under someone's identity number must not raise their tier); "earlier" by arrival day, and on the same day by
    /// registration order, so the 11th of eleven handed in together is the first one charged.
    /// </summary>
    public static async Task<int> CountByApplicantInMonthAsync(DbConnection c, long agencyId, string idDocument, DateOnly arrived, long caseId)
    {
        var jsons = await c.QueryAsync<string>(
            "SELECT case_json FROM applications WHERE agency_id = @agencyId AND received_on IS NOT NULL AND arrived_on >= @begin " +
            "AND (arrived_on < @day OR (arrived_on = @day AND id < @caseId))",
            new { agencyId, caseId, begin = $"{arrived:yyyy-MM}-01", day = IsoDate.Format(arrived) });
        return jsons.Select(CaseJson.Read).Count(x => string.Equals(x.Applicant.IdDocument.Trim(), idDocument.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Recomputes the next deadline of every open case on <paramref name="calendar"/> (after a new year's arrangement
    /// was added) and returns the ones that moved.
    /// </summary>
    public static async Task<IReadOnlyList<MovedDeadline>> RefreshDeadlinesAsync(DbConnection c, DbTransaction tx, WorkingCalendar calendar)
    {
        var rows = await c.QueryAsync<Row>(RowSql + " WHERE status NOT IN ('Closed', 'Archived')", transaction: tx);
        var moved = new List<MovedDeadline>();
        foreach (var row in rows)
        {
            var next = CaseJson.Read(row.CaseJson).NextDeadline(calendar);
            var before = row.DueOn is null ? (DateOnly?)null : IsoDate.Parse(row.DueOn);
            if (next?.Due == before)
            {
                continue;
            }

            await c.ExecuteAsync("UPDATE applications SET due_on = @due, due_what = @what WHERE id = @Id",
                new { due = next is { } n ? IsoDate.Format(n.Due) : null, what = next?.What, row.Id }, tx);
            if (before is { } b && next is { } a)
            {
                moved.Add(new MovedDeadline(row.Id, row.Number, a.What, b, a.Due));
            }
        }

        return moved;
    }

    private const string RowSql = "SELECT id AS Id, agency_id AS AgencyId, number AS Number, tracking_code AS TrackingCode, version AS Version, assigned_to AS AssignedTo, due_on AS DueOn, case_json AS CaseJson FROM applications";

    private static StoredCase? Stored(Row? row) =>
        row is null ? null : new StoredCase(row.Id, row.AgencyId, row.Number, row.TrackingCode, row.Version, row.AssignedTo, CaseJson.Read(row.CaseJson));

    private static Derived Derive(ApplicationCase value, WorkingCalendar calendar)
    {
        var next = value.NextDeadline(calendar);
        return new Derived(
            value.Status.ToString(),
            value.Applicant.Type.ToString(),
            value.Applicant.Name,
            value.Request.Content,
            IsoDate.Format(value.Arrived),
            value.Received is { } r ? IsoDate.Format(r) : null,
            value.Decision is { } d ? IsoDate.Format(d.Date) : null,
            value.Decision?.Outcome.ToString(),
            next is { } n ? IsoDate.Format(n.Due) : null,
            next?.What,
            CaseJson.Write(value));
    }

    private sealed record Derived(string Status, string ApplicantType, string ApplicantName, string RequestContent, string ArrivedOn, string? ReceivedOn, string? ClosedOn, string? Outcome, string? DueOn, string? DueWhat, string Json);

    private sealed class Row
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public string Number { get; init; } = "";
        public string TrackingCode { get; init; } = "";
        public int Version { get; init; }
        public long? AssignedTo { get; init; }
        public string? DueOn { get; init; }
        public string CaseJson { get; init; } = "";
    }
}
