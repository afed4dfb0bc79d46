using System.Data.Common;
using System.Globalization;
using Dapper;
using Gongkai.Casework;
using Gongkai.Data.Casework;
using Gongkai.Web.Casework.Reminders;

namespace Gongkai.Web.Casework;

/// <summary>Counts of one group of cases.</summary>
/// <param name="Soon">Open cases whose next deadline is today or within the due-soon working days (not overdue).</param>
/// <param name="ClosedThisYear">Cases closed (decided, withdrawn, archived) from 1 January of today's year.</param>
public sealed record CaseCounts(int Open, int Soon, int Overdue, int ClosedThisYear)
{
    public static CaseCounts Zero { get; } = new(0, 0, 0, 0);

    public CaseCounts Plus(CaseCounts other) =>
        new(Open + other.Open, Soon + other.Soon, Overdue + other.Overdue, ClosedThisYear + other.ClosedThisYear);
}

/// <summary>One agency's cases.</summary>
public sealed record AgencyCounts(long AgencyId, string AgencyName, CaseCounts Counts);

/// <summary>One clerk's cases in one agency; <paramref name="UserId"/> null for the agency's unassigned cases (未分配).</summary>
public sealed record ClerkCounts(long AgencyId, string AgencyName, long? UserId, string Name, CaseCounts Counts);

/// <summary>The case overview of some agencies: per agency, per clerk, and the open cases due soon or overdue.</summary>
public sealed record CaseOverview(IReadOnlyList<AgencyCounts> Agencies, IReadOnlyList<ClerkCounts> Clerks, CaseCounts Total, IReadOnlyList<DueCase> Due)
{
    public static async Task<CaseOverview> LoadAsync(DbConnection c, IReadOnlyCollection<long> agencyIds, DateOnly today, WorkingCalendar calendar, int soonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        if (agencyIds.Count == 0)
        {
            return new CaseOverview([], [], CaseCounts.Zero, []);
        }

        var ids = string.Join(",", agencyIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var names = (await c.QueryAsync<(long Id, string Name)>($"SELECT id, name FROM agencies WHERE id IN ({ids})")).ToDictionary(a => a.Id, a => a.Name);
        var open = await CaseStore.ListAsync(c, agencyIds, "open", limit: int.MaxValue);
        var due = ReminderPlan.DueCases(open, today, calendar, soonWorkingDays);
        var closed = await c.QueryAsync<ClosedRow>(
            "SELECT a.agency_id AS AgencyId, a.assigned_to AS AssignedTo, u.display_name AS AssignedName, COUNT(*) AS Count FROM applications a LEFT JOIN users u ON u.id = a.assigned_to " +
            $"WHERE a.agency_id IN ({ids}) AND a.status IN ('Closed', 'Archived') AND a.closed_on >= @begin AND a.closed_on <= @end GROUP BY a.agency_id, a.assigned_to, u.display_name",
            new { begin = $"{today.Year}-01-01", end = $"{today.Year}-12-31" });
        var clerks = await c.QueryAsync<(long Id, long AgencyId, string Name)>(
            $"SELECT id, agency_id, display_name FROM users WHERE role = 'clerk' AND agency_id IN ({ids})");

        var counts = new Dictionary<(long Agency, long? User), (string Name, CaseCounts Counts)>();
        void Add(long agency, long? user, string? name, CaseCounts more)
        {
            var key = (agency, user);
            var (known, sum) = counts.TryGetValue(key, out var had) ? had : (name ?? "", CaseCounts.Zero);
            counts[key] = (known.Length > 0 ? known : name ?? "", sum.Plus(more));
        }

        foreach (var clerk in clerks)
        {
            Add(clerk.AgencyId, clerk.Id, clerk.Name, CaseCounts.Zero);
        }

        var urgency = due.ToDictionary(d => d.Case.Id, d => d.Urgency.Kind);
        foreach (var x in open)
        {
            var kind = urgency.GetValueOrDefault(x.Id);
            Add(x.AgencyId, x.AssignedTo, x.AssignedName, new CaseCounts(1, kind == ReminderKind.DueSoon ? 1 : 0, kind == ReminderKind.Overdue ? 1 : 0, 0));
        }

        foreach (var row in closed)
        {
            Add(row.AgencyId, row.AssignedTo, row.AssignedName, new CaseCounts(0, 0, 0, (int)row.Count));
        }

        string Name(long agency) => names.GetValueOrDefault(agency, $"#{agency}");
        var perAgency = agencyIds.Distinct()
            .Select(a => new AgencyCounts(a, Name(a), counts.Where(k => k.Key.Agency == a).Aggregate(CaseCounts.Zero, (sum, k) => sum.Plus(k.Value.Counts))))
            .OrderByDescending(a => a.Counts.Overdue).ThenByDescending(a => a.Counts.Soon).ThenByDescending(a => a.Counts.Open).ThenBy(a => a.AgencyName, StringComparer.Ordinal)
            .ToList();
        var perClerk = counts
            .Where(k => k.Key.User is not null || k.Value.Counts != CaseCounts.Zero)
            .Select(k => new ClerkCounts(k.Key.Agency, Name(k.Key.Agency), k.Key.User, k.Value.Name, k.Value.Counts))
            .OrderBy(r => r.AgencyName, StringComparer.Ordinal).ThenBy(r => r.UserId is null ? 1 : 0).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new CaseOverview(perAgency, perClerk, perAgency.Aggregate(CaseCounts.Zero, (sum, a) => sum.Plus(a.Counts)), due);
    }

    private sealed class ClosedRow
    {
        public long AgencyId { get; init; }
        public long? AssignedTo { get; init; }
        public string? AssignedName { get; init; }
        public long Count { get; init; }
    }
}
