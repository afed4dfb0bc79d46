using System.Data.Common;
using System.Security.Claims;
using Dapper;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Casework;

/// <summary>
/// Who may see and work a case (or an agency's appeals and proactive disclosures): a clerk works those of their own
/// agency; a reviewer (superior office) reads those of their subtree; an admin reads all. Only the agency's own
/// clerks change them.
/// </summary>
public static class CaseAccess
{
    /// <summary>The agencies whose cases <paramref name="user"/> may read.</summary>
    public static async Task<IReadOnlyList<long>> VisibleAgenciesAsync(DbConnection c, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Clerk))
        {
            return user.AgencyId() is { } own ? [own] : [];
        }

        if (await Submission.ReviewRootAsync(c, user) is not { } root)
        {
            return [];
        }

        var (low, high) = AgencyQueries.PathRange(root.Path);
        return [.. await c.QueryAsync<long>(
            "SELECT a.id FROM agencies a WHERE a.path >= @low AND a.path < @high AND (a.id IN (SELECT agency_id FROM applications) OR a.id IN (SELECT agency_id FROM appeals) " +
            "OR a.id IN (SELECT agency_id FROM users WHERE role = 'clerk' AND agency_id IS NOT NULL))",
            new { low, high })];
    }

    public static async Task<bool> CanReadAsync(DbConnection c, ClaimsPrincipal user, long agencyId) =>
        CanAct(user, agencyId)
        || (await Submission.ReviewRootAsync(c, user) is { } root && await Submission.InSubtreeAsync(c, agencyId, root.Id));

    /// <summary>True for a clerk of the agency: the only people who change its cases.</summary>
    public static bool CanAct(ClaimsPrincipal user, long agencyId) => user.IsInRole(Roles.Clerk) && user.AgencyId() == agencyId;
}
