using System.Data.Common;
using Dapper;
using Gongkai.Casework;

namespace Gongkai.Data.Casework;

/// <summary>
/// The working-day calendar a registry uses: the one embedded in Core plus the days added to this database (table
/// <c>calendar_days</c>), e.g. next year's State Council arrangement entered before a new build.
/// </summary>
public static class CalendarStore
{
    public static async Task<WorkingCalendar> LoadAsync(Database database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var c = await database.OpenAsync(cancellationToken);
        return await LoadAsync(c);
    }

    public static async Task<WorkingCalendar> LoadAsync(DbConnection c, DbTransaction? tx = null)
    {
        var rows = await c.QueryAsync<Row>("SELECT date AS Date, kind AS Kind, name AS Name FROM calendar_days ORDER BY date", transaction: tx);
        var added = rows.Select(r => new CalendarDay(
            IsoDate.Parse(r.Date),
            r.Kind == "workday" ? CalendarDayKind.Workday : CalendarDayKind.Holiday,
            r.Name)).ToList();
        return added.Count == 0 ? WorkingCalendar.Default : WorkingCalendar.Default.WithDays(added);
    }

    /// <summary>
    /// Stores <paramref name="days"/> in one transaction (a date stored before is replaced) and moves the running
    /// deadlines of the registry's applications to the new calendar; returns the deadlines that moved.
    /// </summary>
    public static async Task<IReadOnlyList<MovedDeadline>> AddAsync(Database database, IReadOnlyCollection<CalendarDay> days, string addedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var moved = await AddAsync(c, tx, database, days, addedBy);
        await tx.CommitAsync(cancellationToken);
        return moved;
    }

    /// <summary>The same in the caller's transaction (the web page writes its audit line with it).</summary>
    public static async Task<IReadOnlyList<MovedDeadline>> AddAsync(DbConnection c, DbTransaction tx, Database database, IReadOnlyCollection<CalendarDay> days, string addedBy)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(days);
        var at = Clock.Stamp(database.Clock);
        foreach (var day in days)
        {
            await c.ExecuteAsync(
                "INSERT INTO calendar_days (date, kind, name, added_at, added_by) VALUES (@date, @kind, @Name, @at, @addedBy) " +
                "ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name, added_at = excluded.added_at, added_by = excluded.added_by",
                new { date = IsoDate.Format(day.Date), kind = day.Kind == CalendarDayKind.Workday ? "workday" : "holiday", day.Name, at, addedBy },
                tx);
        }

        return await CaseStore.RefreshDeadlinesAsync(c, tx, await LoadAsync(c, tx));
    }

    private sealed class Row
    {
        public string Date { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Name { get; init; } = "";
    }
}
