using System.Text.Json;
using Gongkai.Data;
using Gongkai.Data.Queries;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Gongkai.Web.Setup;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>Accounts: create a clerk (with its agency), a reviewer (with its subtree root) or an admin, with a one-time password; lock and unlock; set the e-mail reminders go to.</summary>
public sealed class UsersModel(UserManager<WebUser> users, UserStore store, Database database) : PageModel
{
    public sealed record Row(WebUser User, Agency? Agency, bool Locked);

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Role { get; set; } = Roles.Clerk;

    /// <summary>The clerk's agency or the reviewer's subtree root: an id (<c>#42</c>), a code, a name or an alias.</summary>
    [BindProperty]
    public string? Agency { get; set; }

    /// <summary>Where deadline reminders go (on creation, or for one account through the Email handler); empty = none.</summary>
    [BindProperty]
    public string? Email { get; set; }

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The new account and its password, shown once after creation.</summary>
    public (string UserName, string Password)? Issued { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        UserName = UserName.Trim();
        DisplayName = DisplayName.Trim();
        if (!Roles.All.Contains(Role))
        {
            errors.Add(Lang.T(HttpContext, "角色无效。", "Unknown role."));
        }

        Agency? agency = null;
        if (Role is Roles.Clerk or Roles.Reviewer)
        {
            if (string.IsNullOrWhiteSpace(Agency))
            {
                errors.Add(Lang.T(HttpContext, "填报人须指定所属机关，审核人须指定所辖范围的上级机关或地区。", "A clerk needs its agency, a reviewer the root of its subtree."));
            }
            else
            {
                try
                {
                    agency = await AgencyQueries.ResolveAsync(database, Agency, cancellationToken);
                }
                catch (RegistryException e)
                {
                    errors.Add(e.Message);
                }
            }
        }

        if (UserName.Length == 0)
        {
            errors.Add(Lang.T(HttpContext, "用户名不能为空。", "The user name is empty."));
        }

        if (!EmailAddress.TryNormalize(Email, out var email))
        {
            errors.Add(BadEmail());
        }

        if (errors.Count == 0)
        {
            var user = new WebUser
            {
                UserName = UserName,
                DisplayName = DisplayName.Length > 0 ? DisplayName : UserName,
                Role = Role,
                AgencyId = agency?.Id,
                Email = email,
                MustChangePassword = true,
            };
            var password = FirstRun.OneTimePassword();
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded)
            {
                await using var c = await database.OpenAsync(cancellationToken);
                await AuditLog.WriteAsync(c, null, database, User, "user.create", "user", user.Id, null,
                    JsonSerializer.Serialize(new { user = user.UserName, role = user.Role, agency = user.AgencyId, agency_name = agency?.FullName, email = user.Email }));
                Issued = (user.UserName, password);
                UserName = DisplayName = "";
                Agency = Email = null;
            }
            else
            {
                errors.AddRange(result.Errors.Select(e => e.Description));
            }
        }

        Errors = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await ListAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostLockAsync(long id, CancellationToken cancellationToken) => SetLockAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(long id, CancellationToken cancellationToken) => SetLockAsync(id, false, cancellationToken);

    /// <summary>Sets or clears one account's e-mail (an empty field clears it).</summary>
    public async Task<IActionResult> OnPostEmailAsync(long id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }

        if (!EmailAddress.TryNormalize(Email, out var email))
        {
            Errors = [BadEmail()];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Email = null;
            await ListAsync(cancellationToken);
            return Page();
        }

        if (email != user.Email)
        {
            await EmailAddress.SaveAsync(database, User, user, email, cancellationToken);
        }

        return Redirect("/admin/users");
    }

    private string BadEmail() => Lang.T(HttpContext, "电子邮箱格式不对，应形如 name@example.gov.cn。", "The e-mail address must look like name@example.gov.cn.");

    private async Task<IActionResult> SetLockAsync(long id, bool locked, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == User.UserId())
        {
            Errors = [Lang.T(HttpContext, "不能停用自己的账号。", "You cannot lock your own account.")];
            Response.StatusCode = StatusCodes.Status409Conflict;
            await ListAsync(cancellationToken);
            return Page();
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user); // signs the account out everywhere at the next validation
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            await AuditLog.WriteAsync(c, null, database, User, locked ? "user.lock" : "user.unlock", "user", user.Id, null, null);
        }

        return Redirect("/admin/users");
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var all = await store.AllAsync(cancellationToken);
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = new List<Row>();
        foreach (var u in all)
        {
            rows.Add(new Row(u, u.AgencyId is { } a ? await AgencyQueries.ByIdAsync(c, a) : null, u.LockoutEnd > database.Clock.GetUtcNow()));
        }

        Users = rows;
    }
}
