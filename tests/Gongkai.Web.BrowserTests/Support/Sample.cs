using Gongkai.Casework;
using Gongkai.Data.Queries;
using Gongkai.Web.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.BrowserTests.Support;

/// <summary>The sample agency the flows use: 巨鹿县巨鹿镇人民政府 (a clerk's own agency) and its county (a reviewer's subtree).</summary>
public static class Sample
{
    public const string Township = "巨鹿县巨鹿镇人民政府";

    /// <summary>The township's id and its parent's (the subtree a reviewer of the county sees).</summary>
    public static async Task<(long Township, long County)> JuluAsync(BrowserApp fixture)
    {
        var township = await AgencyQueries.ResolveAsync(fixture.App.Database, Township);
        return (township.Id, township.ParentId ?? throw new InvalidOperationException($"{Township} has no parent in the registry"));
    }

    /// <summary>
    /// The year whose report is due now (last year, in China): the one the authoring list always offers and the review
    /// page opens on. The samples hold 巨鹿镇's 2024 report, so from 2026 on this report is not started yet.
    /// </summary>
    public static int DueYear(BrowserApp fixture) => ChinaClock.Today(fixture.App.Services.GetRequiredService<TimeProvider>()).Year - 1;
}
