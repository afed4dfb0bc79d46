using Gongkai.Casework;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Disclosures;

/// <summary>A clerk drafts a new item; it gets the next 索引号 of its year in the agency's scheme.</summary>
public sealed class NewModel(Database database, TimeProvider clock) : PageModel
{
    public DisclosureFormView View { get; private set; } = null!;

    public IndexSettings? Settings { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (DisclosureAccess.ActingAgency(User) is not { } agency)
        {
            return Forbid();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        Settings = await DisclosureStore.SettingsAsync(c, agency);
        View = new(DisclosureForm.Empty(ChinaClock.Today(clock)), []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (DisclosureAccess.ActingAgency(User) is not { } agency)
        {
            return Forbid();
        }

        var form = DisclosureForm.Read(Request.Form);
        var (draft, problems) = form.ToDraft(ChinaClock.Today(clock));
        await using var c = await database.OpenAsync(cancellationToken);
        Settings = await DisclosureStore.SettingsAsync(c, agency);
        View = new(form, problems);
        if (draft is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        StoredDisclosure created;
        try
        {
            created = await DisclosureStore.CreateAsync(c, tx, database, agency, draft, DisclosureAccess.Signer(User).Id);
        }
        catch (RegistryException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await AuditLog.WriteAsync(c, tx, database, User, "disclosure.create", "disclosure", created.Id, null, DisclosureAccess.Audit(created));
        await tx.CommitAsync(cancellationToken);
        return Redirect($"/disclosures/{created.Id}?done=created");
    }
}
