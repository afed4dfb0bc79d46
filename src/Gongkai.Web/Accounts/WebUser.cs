namespace Gongkai.Web.Accounts;

/// <summary>
/// An account. Mutable because ASP.NET Core Identity's <c>UserManager</c> sets hashes, stamps and lockout on the
/// object and then asks <see cref="UserStore"/> to save it.
/// </summary>
public sealed class WebUser
{
    public long Id { get; set; }

    public string UserName { get; set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>One of <see cref="Roles"/>.</summary>
    public string Role { get; set; } = Roles.Clerk;

    /// <summary>A clerk's own agency, or the root of a reviewer's subtree; null for an admin.</summary>
    public long? AgencyId { get; set; }

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = "";

    /// <summary>True for an account whose password was issued once (the first admin, a new clerk): it must be changed at the first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Where deadline reminders go; null when none was given. Changed only through <see cref="UserStore.SetEmailAsync"/> (audited).</summary>
    public string? Email { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }
}
