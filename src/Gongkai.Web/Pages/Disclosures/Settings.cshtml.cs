using System.Text.Json;
using Gongkai.Casework;
using Gongkai.Casework.Disclosure;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Disclosures;

/// <summary>
/// A clerk sets the agency's 索引号 scheme: the organisation code and the pattern, with a preview of the numbers it
/// gives (htmx, as the clerk types). Items already numbered keep their 索引号.
/// </summary>
public sealed class SettingsModel(Database database, TimeProvider clock) : PageModel
{
    /// <summary>What the preview shows: sample numbers, or why the values cannot be used.</summary>
    public sealed record PreviewView(IReadOnlyList<string> Samples, string? Error);

    public string OrgCode { get; private set; } = "";

    public string Pattern { get; private set; } = IndexScheme.DefaultPattern;

    public bool Saved { get; private set; }

    public PreviewView Preview { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        if (DisclosureAccess.ActingAgency(User) is not { } agency)
        {
            return Forbid();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        if (await DisclosureStore.SettingsAsync(c, agency) is { } settings)
        {
            (OrgCode, Pattern) = (settings.OrgCode, settings.Scheme.Pattern);
        }
        else
        {
            OrgCode = (await AgencyQueries.ByIdAsync(c, agency))?.Code ?? "";
        }

        Saved = done == "saved";
        Preview = Compute(OrgCode, Pattern);
        return Page();
    }

    /// <summary>htmx (GET, changes nothing): the numbers the typed values would give.</summary>
    public IActionResult OnGetPreview(string? orgCode, string? pattern)
    {
        if (DisclosureAccess.ActingAgency(User) is null)
        {
            return Forbid();
        }

        Preview = Compute(orgCode, pattern);
        return Partial("_Preview", Preview);
    }

    public async Task<IActionResult> OnPostAsync(string? orgCode, string? pattern, CancellationToken cancellationToken)
    {
        if (DisclosureAccess.ActingAgency(User) is not { } agency)
        {
            return Forbid();
        }

        (OrgCode, Pattern) = (orgCode?.Trim() ?? "", pattern?.Trim() ?? "");
        Preview = Compute(OrgCode, Pattern);
        var parse = IndexScheme.Parse(Pattern);
        if (Preview.Error is not null || !parse.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await using var c = await database.OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var before = await DisclosureStore.SettingsAsync(c, agency, tx);
        await DisclosureStore.SaveSettingsAsync(c, tx, database, agency, OrgCode, parse.Scheme, User.UserId());
        await AuditLog.WriteAsync(c, tx, database, User, "disclosure.settings", "agency", agency,
            before is null ? null : JsonSerializer.Serialize(new { org_code = before.OrgCode, pattern = before.Scheme.Pattern }, DisclosureAccess.AuditJson),
            JsonSerializer.Serialize(new { org_code = OrgCode, pattern = parse.Scheme.Pattern }, DisclosureAccess.AuditJson));
        await tx.CommitAsync(cancellationToken);
        return Redirect("/disclosures/settings?done=saved");
    }

    /// <summary>Three numbers of this year in the scheme (serials 1, 2 and 222; category 第二十条第（一）项), or the first problem.</summary>
    private PreviewView Compute(string? orgCode, string? pattern)
    {
        if (IndexScheme.CheckOrgCode(orgCode) is { } orgError)
        {
            return new([], orgError);
        }

        var parse = IndexScheme.Parse(pattern);
        if (!parse.Succeeded)
        {
            return new([], parse.Error);
        }

        var today = ChinaClock.Today(clock);
        return new([.. new[] { 1, 2, 222 }.Where(s => s <= parse.Scheme.MaxSerial).Select(s => parse.Scheme.Format(orgCode!, today, Article20Category.Rules, s))], null);
    }
}
