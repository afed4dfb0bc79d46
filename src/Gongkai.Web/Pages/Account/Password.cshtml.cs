using Gongkai.Data;
using Gongkai.Web.Accounts;
using Gongkai.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

[Authorize]
public sealed class PasswordModel(UserManager<WebUser> users, SignInManager<WebUser> signIn, Database database) : PageModel
{
    [BindProperty]
    public string Current { get; set; } = "";

    [BindProperty]
    public string New { get; set; } = "";

    /// <summary>The account's own e-mail, where deadline reminders go; empty = none.</summary>
    [BindProperty]
    public string? Email { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool EmailSaved { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Email = (await users.GetUserAsync(User))?.Email;
        EmailSaved = done == "email";
    }

    /// <summary>Sets or clears the account's own e-mail.</summary>
    public async Task<IActionResult> OnPostEmailAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!EmailAddress.TryNormalize(Email, out var email))
        {
            Errors = [Web.Shared.Lang.T(HttpContext, "电子邮箱格式不对，应形如 name@example.gov.cn。", "The e-mail address must look like name@example.gov.cn.")];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (email != user.Email)
        {
            await EmailAddress.SaveAsync(database, User, user, email, cancellationToken);
        }

        return LocalRedirect("/account/password?done=email");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => e.Description)];
            Email = user.Email;
            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await using (var c = await database.OpenAsync())
        {
            await AuditLog.WriteAsync(c, null, database, User, "password.change", "user", user.Id, null, null);
        }

        await signIn.RefreshSignInAsync(user);
        return LocalRedirect("/");
    }
}
