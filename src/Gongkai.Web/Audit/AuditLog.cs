using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using Dapper;
using Gongkai.Data;
using Gongkai.Web.Accounts;

namespace Gongkai.Web.Audit;

/// <summary>One line of the audit log.</summary>
public sealed record AuditEntry(long Id, string At, long? UserId, string UserName, string Action, string Entity, string? EntityId, string? BeforeJson, string? AfterJson);

/// <summary>
/// The append-only audit log: every change, who made it, when, and the state before and after. Written in the
/// transaction of the change it records; the database refuses updates and deletes (triggers in 0004_web.sql).
/// </summary>
public static class AuditLog
{
    public static Task WriteAsync(DbConnection connection, DbTransaction? transaction, Database database, ClaimsPrincipal who,
        string action, string entity, object? entityId, string? before, string? after) =>
        connection.ExecuteAsync(
            "INSERT INTO audit_log (at, user_id, user_name, action, entity, entity_id, before_json, after_json) " +
            "VALUES (@at, @userId, @userName, @action, @entity, @entityId, @before, @after)",
            new
            {
                at = database.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                userId = who.UserId(),
                userName = who.Actor(),
                action,
                entity,
                entityId = Convert.ToString(entityId, CultureInfo.InvariantCulture),
                before,
                after,
            },
            transaction);

    public static async Task<IReadOnlyList<AuditEntry>> RecentAsync(Database database, string? entity = null, string? entityId = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<AuditRow>(
            "SELECT id AS Id, at AS At, user_id AS UserId, user_name AS UserName, action AS Action, entity AS Entity, entity_id AS EntityId, before_json AS BeforeJson, after_json AS AfterJson " +
            "FROM audit_log WHERE (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId) ORDER BY id DESC LIMIT @limit",
            new { entity, entityId, limit });
        return [.. rows.Select(r => new AuditEntry(r.Id, r.At, r.UserId, r.UserName, r.Action, r.Entity, r.EntityId, r.BeforeJson, r.AfterJson))];
    }

    private sealed class AuditRow
    {
        public long Id { get; init; }
        public string At { get; init; } = "";
        public long? UserId { get; init; }
        public string UserName { get; init; } = "";
        public string Action { get; init; } = "";
        public string Entity { get; init; } = "";
        public string? EntityId { get; init; }
        public string? BeforeJson { get; init; }
        public string? AfterJson { get; init; }
    }
}
