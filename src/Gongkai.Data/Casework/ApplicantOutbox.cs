using System.Data.Common;
using Dapper;

namespace Gongkai.Data.Casework;

/// <summary>A notice waiting to be e-mailed to the applicant (or sent).</summary>
public sealed class OutboxItem
{
    public long Id { get; init; }
    public long ApplicationId { get; init; }
    public string Kind { get; init; } = "";
    public string Recipient { get; init; } = "";
    public int Attempts { get; init; }
    public string? SentAt { get; init; }
}

/// <summary>
/// The notices to e-mail to applicants (<c>applicant_outbox</c>): queued in the step's transaction, taken by the
/// reminder service, marked sent once the SMTP server accepted them. Each kind once per application.
/// </summary>
public static class ApplicantOutbox
{
    /// <summary>Refused deliveries after which a notice is no longer tried.</summary>
    public const int MaxAttempts = 5;

    /// <returns>How many notices were queued (a kind already queued for the case is not queued again).</returns>
    public static async Task<int> QueueAsync(DbConnection c, DbTransaction tx, Database database, long applicationId, IEnumerable<string> kinds, string recipient)
    {
        var queued = 0;
        foreach (var kind in kinds)
        {
            queued += await c.ExecuteAsync(
                "INSERT INTO applicant_outbox (application_id, kind, recipient, created_at) VALUES (@applicationId, @kind, @recipient, @at) ON CONFLICT (application_id, kind) DO NOTHING",
                new { applicationId, kind, recipient, at = Clock.Stamp(database.Clock) }, tx);
        }

        return queued;
    }

    public static async Task<IReadOnlyList<OutboxItem>> PendingAsync(DbConnection c, int limit = 200) =>
        [.. await c.QueryAsync<OutboxItem>(
            "SELECT id AS Id, application_id AS ApplicationId, kind AS Kind, recipient AS Recipient, attempts AS Attempts, sent_at AS SentAt " +
            "FROM applicant_outbox WHERE sent_at IS NULL AND attempts < @max ORDER BY id LIMIT @limit", new { max = MaxAttempts, limit })];

    public static async Task<IReadOnlyList<OutboxItem>> OfCaseAsync(DbConnection c, long applicationId) =>
        [.. await c.QueryAsync<OutboxItem>(
            "SELECT id AS Id, application_id AS ApplicationId, kind AS Kind, recipient AS Recipient, attempts AS Attempts, sent_at AS SentAt " +
            "FROM applicant_outbox WHERE application_id = @applicationId ORDER BY id", new { applicationId })];

    public static Task MarkSentAsync(DbConnection c, Database database, long id) =>
        c.ExecuteAsync("UPDATE applicant_outbox SET sent_at = @at WHERE id = @id", new { id, at = Clock.Stamp(database.Clock) });

    public static Task MarkRefusedAsync(DbConnection c, long id) =>
        c.ExecuteAsync("UPDATE applicant_outbox SET attempts = attempts + 1 WHERE id = @id", new { id });
}
