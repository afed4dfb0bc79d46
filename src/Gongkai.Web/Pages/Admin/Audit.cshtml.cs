using Dapper;
using Gongkai.Data;
using Gongkai.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>The audit log, newest first, filtered by entity (and entity id).</summary>
public sealed class AuditModel(Database database) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    public IReadOnlyList<string> Entities { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entity = string.IsNullOrWhiteSpace(Entity) ? null : Entity.Trim();
        EntityId = string.IsNullOrWhiteSpace(EntityId) ? null : EntityId.Trim();
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            Entities = [.. await c.QueryAsync<string>("SELECT DISTINCT entity FROM audit_log ORDER BY entity")];
        }

        Entries = await AuditLog.RecentAsync(database, Entity, EntityId, 500, cancellationToken);
    }
}
