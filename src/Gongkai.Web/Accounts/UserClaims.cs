using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Accounts;

/// <summary>The signed-in principal: Identity's claims plus the role and the agency the account acts for.</summary>
public sealed class UserClaims(UserManager<WebUser> users, IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<WebUser>(users, options)
{
    public const string AgencyClaim = "gongkai:agency";
    public const string MustChangePasswordClaim = "gongkai:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WebUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        Add(identity, user);
        return identity;
    }

    /// <summary>The claims Gongkai's authorization reads, for a cookie or for an API token.</summary>
    public static void Add(ClaimsIdentity identity, WebUser user)
    {
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        identity.AddClaim(new Claim("gongkai:display-name", user.DisplayName));
        if (user.AgencyId is { } agency)
        {
            identity.AddClaim(new Claim(AgencyClaim, agency.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "1"));
        }
    }
}

/// <summary>Reading the signed-in account from a principal.</summary>
public static class PrincipalExtensions
{
    public static long? UserId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? "";

    public static long? AgencyId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(UserClaims.AgencyClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue("gongkai:display-name") ?? user.Identity?.Name ?? "";

    /// <summary>Who did it, for the audit log: the account name, or 公众 for an anonymous request.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "?" : "公众";
}
