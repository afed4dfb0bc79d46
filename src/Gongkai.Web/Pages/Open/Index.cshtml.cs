using System.Globalization;
using Gongkai.Casework.Disclosure;
using Gongkai.Data;
using Gongkai.Data.Casework;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Open;

/// <summary>
/// The public 政府信息公开目录 (《政府信息公开条例》第十二条): 索引、名称、内容概述、生成日期 of every published 主动公开
/// item, filtered by agency (with those below it), 第二十条 category and year, searched over title, summary and body,
/// a page at a time. Nothing unpublished is ever shown.
/// </summary>
[OutputCache(PolicyName = Caching.Catalogue)]
public sealed class IndexModel(Database database) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public CataloguePage Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<(long Id, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var category = Category is { } n ? Article20Categories.FromNumber(n) : null;
        Result = await DisclosureCatalogue.SearchAsync(c, new CatalogueQuery(Agency, category, Year, Query, PageNumber ?? 1, PageSize));
        Agencies = await DisclosureCatalogue.AgenciesAsync(c);
        Years = await DisclosureCatalogue.YearsAsync(c);
        return Page();
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Query);
        Add("agency", Agency?.ToString(CultureInfo.InvariantCulture));
        Add("category", Category?.ToString(CultureInfo.InvariantCulture));
        Add("year", Year?.ToString(CultureInfo.InvariantCulture));
        Add("page", page.ToString(CultureInfo.InvariantCulture));
        return "/open?" + string.Join("&", query);
    }
}
