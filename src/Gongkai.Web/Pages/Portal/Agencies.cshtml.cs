using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Portal;

/// <summary>The agencies tree by region: provinces first; each node opens its children in place (htmx).</summary>
[OutputCache(PolicyName = Caching.Portal)]
public sealed class AgenciesModel(Database database) : PageModel
{
    public IReadOnlyList<AgencyNode> Nodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? parent, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        Nodes = await AgencyNode.ChildrenAsync(c, parent ?? 1);
        return Request.Headers.ContainsKey("HX-Request") ? Partial("_AgencyNodes", Nodes) : Page();
    }
}
