using Gongkai.Web.Accounts;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

public sealed class LoginModel(SignInManager<WebUser> signIn) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Lang.IsLocal(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = result.IsLockedOut
            ? Lang.T(HttpContext, "登录失败次数过多，账号已锁定 15 分钟。", "Too many failed attempts: the account is locked for 15 minutes.")
            : Lang.T(HttpContext, "用户名或密码不正确。", "Wrong user name or password.");
        return Page();
    }
}
