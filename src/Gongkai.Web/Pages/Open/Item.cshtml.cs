using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Open;

/// <summary>One item of the public 目录; anything not published as 主动公开 (drafts, items under review, withdrawn, 依申请公开) is a 404.</summary>
[OutputCache(PolicyName = Caching.Catalogue)]
public sealed class ItemModel(Database database) : PageModel
{
    [FromRoute]
    public long Id { get; set; }

    public StoredDisclosure Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        if (await DisclosureStore.ByIdAsync(c, Id) is not { InCatalogue: true } item)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
