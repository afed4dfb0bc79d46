using Gongkai.Casework;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Disclosures;

/// <summary>A clerk of the agency changes a draft (the 索引号 stays); anything past the draft is refused with 409.</summary>
public sealed class EditModel(Database database, TimeProvider clock) : PageModel
{
    [FromRoute]
    public long Id { get; set; }

    public StoredDisclosure Item { get; private set; } = null!;

    public DisclosureFormView View { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        View = new(DisclosureForm.Of(Item.Content), []);
        return Item.SignOff.Editable ? Page() : Refuse(NotEditable());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var form = DisclosureForm.Read(Request.Form);
        var (draft, problems) = form.ToDraft(ChinaClock.Today(clock));
        View = new(form, problems);
        if (!Item.SignOff.Editable)
        {
            return Refuse(NotEditable());
        }

        if (draft is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        try
        {
            var updated = await DisclosureStore.UpdateAsync(c, tx, database, Item, draft, DisclosureAccess.Signer(User).Id);
            await AuditLog.WriteAsync(c, tx, database, User, "disclosure.update", "disclosure", Item.Id, DisclosureAccess.Audit(Item), DisclosureAccess.Audit(updated));
            await tx.CommitAsync(cancellationToken);
        }
        catch (DisclosureConflictException e)
        {
            return Refuse(e.Message);
        }

        return Redirect($"/disclosures/{Id}?done=saved");
    }

    private string NotEditable() =>
        $"处于“{Gongkai.Casework.Disclosure.DisclosureStages.Zh(Item.Stage)}”的信息不能修改：只有草稿可以修改（已公开的信息须先“重新修改”）。";

    private PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Only the agency's clerks edit; another agency's item is not found.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (DisclosureAccess.ActingAgency(User) is not { } agency)
        {
            return Forbid();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        if (await DisclosureStore.ByIdAsync(c, Id) is not { } item || item.AgencyId != agency)
        {
            return NotFound();
        }

        Item = item;
        return null;
    }
}
