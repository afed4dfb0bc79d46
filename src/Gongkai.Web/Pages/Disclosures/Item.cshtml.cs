using System.Data.Common;
using System.Text.Json;
using Gongkai.Casework;
using Gongkai.Casework.Disclosure;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Audit;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Disclosures;

/// <summary>
/// One item with its 索引号, its deadline (第二十六条) and its sign-off record, and the sign-off actions its stage
/// allows. Each action is one handler; all go through <see cref="SignOff.Move"/>, so every refusal (wrong stage, the
/// drafter signing a review, a missing reason) is a 409 with Core's reason, and every step writes its audit line in
/// the transaction that records it.
/// </summary>
public sealed class ItemModel(Database database, TimeProvider clock, IOutputCacheStore cache) : PageModel
{
    [FromRoute]
    public long Id { get; set; }

    public StoredDisclosure Item { get; private set; } = null!;

    public IReadOnlyList<StoredSignOff> Steps { get; private set; } = [];

    public DisclosureDue? Due { get; private set; }

    /// <summary>Whether the signed-in account is a clerk of the item's agency (who may act on it).</summary>
    public bool CanAct { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c, cancellationToken) is { } refused)
        {
            return refused;
        }

        Message = done switch
        {
            "created" => Lang.T(HttpContext, $"已保存草稿，索引号 {Item.IndexNumber}。", $"Draft saved as {Item.IndexNumber}."),
            "saved" => Lang.T(HttpContext, "已保存。", "Saved."),
            "submit" or "pass" or "reject" or "revise" or "withdraw" =>
                Lang.T(HttpContext, $"已{DisclosureStages.Zh(DisclosureStages.ParseAction(done)!.Value)}，现为“{DisclosureStages.Zh(Item.Stage)}”。", $"Done; now {Item.Stage}."),
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(string? comment, CancellationToken cancellationToken) => MoveAsync(SignOffAction.Submit, comment, cancellationToken);

    public Task<IActionResult> OnPostPassAsync(string? comment, CancellationToken cancellationToken) => MoveAsync(SignOffAction.Pass, comment, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(string? comment, CancellationToken cancellationToken) => MoveAsync(SignOffAction.Reject, comment, cancellationToken);

    public Task<IActionResult> OnPostReviseAsync(string? comment, CancellationToken cancellationToken) => MoveAsync(SignOffAction.Revise, comment, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(string? comment, CancellationToken cancellationToken) => MoveAsync(SignOffAction.Withdraw, comment, cancellationToken);

    /// <summary>The one path of every sign-off action: only the agency's clerks act; Core decides; the step and its audit line are stored together.</summary>
    private async Task<IActionResult> MoveAsync(SignOffAction action, string? comment, CancellationToken cancellationToken)
    {
        if (DisclosureAccess.ActingAgency(User) is null)
        {
            return Forbid();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        if (await LoadAsync(c, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanAct)
        {
            return NotFound();
        }

        var result = Item.SignOff.Move(action, DisclosureAccess.Signer(User), comment);
        if (!result.Succeeded)
        {
            return Refuse(result.Refusal);
        }

        await using (var tx = await c.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                var moved = await DisclosureStore.ApplyAsync(c, tx, database, Item, result.Step);
                await AuditLog.WriteAsync(c, tx, database, User, "disclosure." + DisclosureStages.Code(action), "disclosure", Item.Id,
                    DisclosureAccess.Audit(Item),
                    JsonSerializer.Serialize(new { stage = DisclosureStages.Code(moved.Stage), signed = DisclosureStages.Code(result.Step.Stage), comment = result.Step.Comment, published_on = moved.PublishedOn }, DisclosureAccess.AuditJson));
                await tx.CommitAsync(cancellationToken);
            }
            catch (DisclosureConflictException e)
            {
                return Refuse(e.Message);
            }
        }

        if (result.Step.To == DisclosureStage.Published || result.Step.Stage == DisclosureStage.Published)
        {
            await cache.EvictByTagAsync(Caching.CatalogueTag, cancellationToken); // it entered or left the 目录
        }

        return Redirect($"/disclosures/{Id}?done={DisclosureStages.Code(action)}");
    }

    private PageResult Refuse(string message)
    {
        Message = message;
        MessageIsError = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>The item, if the account may read it (404 otherwise, so other agencies' items are not revealed).</summary>
    private async Task<IActionResult?> LoadAsync(DbConnection c, CancellationToken cancellationToken)
    {
        if (await DisclosureStore.ByIdAsync(c, Id) is not { } item || !await Casework.CaseAccess.CanReadAsync(c, User, item.AgencyId))
        {
            return NotFound();
        }

        Item = item;
        CanAct = DisclosureAccess.ActingAgency(User) == item.AgencyId;
        Steps = await DisclosureStore.SignOffsAsync(c, item.Id);
        var calendar = await CalendarStore.LoadAsync(c);
        Due = DisclosureDue.For(calendar, ChinaClock.Today(clock), item.Content, item.Stage, item.PublishedOn);
        return null;
    }
}
