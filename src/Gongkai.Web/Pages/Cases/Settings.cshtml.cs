using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Casework;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Cases;

/// <summary>What the agency's notices print: the 文号 prefix, the 行政复议机关 and court of the appeal routes, a contact.</summary>
public sealed class SettingsModel(Database database) : PageModel
{
    public CaseSettings Settings { get; private set; } = CaseSettings.DefaultFor("");

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agencyId || !CaseAccess.CanAct(User, agencyId))
        {
            return Forbid();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var agency = (await AgencyQueries.ByIdAsync(c, agencyId))!;
        Settings = await CaseSettings.GetAsync(c, agencyId) ?? CaseSettings.DefaultFor(agency.Name);
        Message = done is null ? null : "已保存。";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? docPrefix, string? reviewBody, string? court, string? contactPerson, string? contactPhone, CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agencyId || !CaseAccess.CanAct(User, agencyId))
        {
            return Forbid();
        }

        try
        {
            Settings = new CaseSettings(
                FormDates.Text(docPrefix, "文号前缀", 50),
                FormDates.Text(reviewBody, "行政复议机关", 100, required: false),
                FormDates.Text(court, "人民法院", 100, required: false),
                FormDates.Text(contactPerson, "联系人", 50, required: false),
                FormDates.Text(contactPhone, "联系电话", 50, required: false));
        }
        catch (FormException e)
        {
            Message = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var before = await CaseSettings.GetAsync(c, agencyId);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await Settings.SetAsync(c, tx, database, agencyId);
        await AuditLog.WriteAsync(c, tx, database, User, "casework.settings", "agency", agencyId,
            before is null ? null : System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(Settings));
        await tx.CommitAsync(cancellationToken);
        return Redirect("/cases/settings?done=saved");
    }
}
