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

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
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
