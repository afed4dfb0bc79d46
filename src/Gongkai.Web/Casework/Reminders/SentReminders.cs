using System.Data.Common;
using System.Globalization;
using Dapper;
using Gongkai.Casework;

namespace Gongkai.Web.Casework.Reminders;

/// <summary>A line of <c>reminders_sent</c> with its case, for the overview.</summary>
public sealed class SentReminder
{
    public long CaseId { get; init; }
    public long AgencyId { get; init; }
    public string AgencyName { get; init; } = "";
    public string Number { get; init; } = "";
    public string DueOn { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Recipient { get; init; } = "";
    public string SentAt { get; init; } = "";
}

/// <summary>
/// The reminders already sent (table <c>reminders_sent</c>, unique on case, deadline, kind and address), and the
/// clerks reminders can go to.
/// </summary>
public static class SentReminders
{
    /// <summary>The (case, deadline, kind, address) of every reminder sent for the current deadline of an open case.</summary>
    public static async Task<HashSet<(long CaseId, string DueOn, string Kind, string Recipient)>> KeysAsync(DbConnection c)
    {
        var rows = await c.QueryAsync<SentReminder>(
            "SELECT r.application_id AS CaseId, r.due_on AS DueOn, r.kind AS Kind, r.recipient AS Recipient FROM reminders_sent r " +
            "JOIN applications a ON a.id = r.application_id AND a.due_on = r.due_on WHERE a.status NOT IN ('Closed', 'Archived')");
        return [.. rows.Select(r => Key(r.CaseId, r.DueOn, r.Kind, r.Recipient))];
    }

    public static (long CaseId, string DueOn, string Kind, string Recipient) Key(Reminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return Key(reminder.CaseId, IsoDate.Format(reminder.Due.Due), reminder.Kind, reminder.Recipient);
    }

    /// <summary>Records a reminder as sent; a second record of the same one (another process was quicker) is ignored.</summary>
    public static Task RecordAsync(DbConnection c, DbTransaction tx, Reminder reminder, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return c.ExecuteAsync(
            "INSERT INTO reminders_sent (application_id, due_on, kind, recipient, sent_at) VALUES (@CaseId, @due, @Kind, @Recipient, @at) " +
            "ON CONFLICT (application_id, due_on, kind, recipient) DO NOTHING",
            new { reminder.CaseId, due = IsoDate.Format(reminder.Due.Due), reminder.Kind, reminder.Recipient, at = Shared.Submission.Stamp(clock) },
            tx);
    }

    /// <summary>The latest reminders sent for cases of <paramref name="agencyIds"/>, newest first.</summary>
    public static async Task<IReadOnlyList<SentReminder>> RecentAsync(DbConnection c, IReadOnlyCollection<long> agencyIds, int limit = 50)
    {
        if (agencyIds.Count == 0)
        {
            return [];
        }

        var ids = string.Join(",", agencyIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return [.. await c.QueryAsync<SentReminder>(
            "SELECT r.application_id AS CaseId, a.agency_id AS AgencyId, g.name AS AgencyName, a.number AS Number, r.due_on AS DueOn, r.kind AS Kind, r.recipient AS Recipient, r.sent_at AS SentAt " +
            $"FROM reminders_sent r JOIN applications a ON a.id = r.application_id JOIN agencies g ON g.id = a.agency_id WHERE a.agency_id IN ({ids}) ORDER BY r.id DESC LIMIT @limit",
            new { limit })];
    }

    /// <summary>Clerks with an e-mail whose account is not locked at <paramref name="now"/>.</summary>
    public static async Task<IReadOnlyList<ClerkAddress>> ClerksAsync(DbConnection c, DateTimeOffset now)
    {
        var rows = await c.QueryAsync<ClerkRow>(
            "SELECT id AS Id, agency_id AS AgencyId, display_name AS DisplayName, email AS Email, lockout_end AS LockoutEnd FROM users " +
            "WHERE role = 'clerk' AND agency_id IS NOT NULL AND email IS NOT NULL AND email <> '' ORDER BY id");
        return [.. rows
            .Where(r => r.LockoutEnd is null || DateTimeOffset.Parse(r.LockoutEnd, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) <= now)
            .Select(r => new ClerkAddress(r.Id, r.AgencyId, r.DisplayName, r.Email))];
    }

    private static (long, string, string, string) Key(long caseId, string dueOn, string kind, string recipient) =>
        (caseId, dueOn, kind, recipient.ToUpperInvariant());

    private sealed class ClerkRow
    {
        public long Id { get; init; }
        public long AgencyId { get; init; }
        public string DisplayName { get; init; } = "";
        public string Email { get; init; } = "";
        public string? LockoutEnd { get; init; }
    }
}
