using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Gongkai.Web.Accounts;
using Gongkai.Web.Tests.Support;

namespace Gongkai.Web.Tests;

/// <summary>Account administration and the audit log.</summary>
public sealed partial class AdminTests
{
    [Fact]
    public async Task AnAdminCreatesAClerkByAgencyNameWithAOneTimePasswordThatMustBeChanged()
    {
        using var app = new WebApp();
        var (agency, _, _, _) = await Workflow.SampleAgenciesAsync(app.Database);
        using var admin = await app.SignedInAsync(Roles.Admin);

        using var created = await Workflow.PostAsync(admin, "/admin/users", "/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = "clerk-a", ["DisplayName"] = "甲填报人", ["Role"] = Roles.Clerk, ["Agency"] = agency.FullName,
        });

        var html = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var password = PasswordPattern().Match(html).Groups[1].Value;
        Assert.Equal(16, password.Length);
        await using (var c = await app.Database.OpenAsync())
        {
            var row = await c.QuerySingleAsync<(long AgencyId, long Must)>("SELECT agency_id, must_change_password FROM users WHERE user_name = 'clerk-a'");
            Assert.Equal((agency.Id, 1L), row);
        }

        Assert.DoesNotContain(password, await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        using var clerk = app.Client();
        await WebApp.SignInAsync(clerk, "clerk-a", password);
        Workflow.AssertRedirect(await clerk.GetAsync("/author"), "/account/password");
        Assert.Contains("user.create", await admin.GetStringAsync("/admin/audit?entity=user"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerNeedsAnAgencyThatExists()
    {
        using var app = new WebApp();
        using var admin = await app.SignedInAsync(Roles.Admin);

        using var refused = await Workflow.PostAsync(admin, "/admin/users", "/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = "reviewer-x", ["Role"] = Roles.Reviewer, ["Agency"] = "不存在的机关",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("不存在的机关", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var c = await app.Database.OpenAsync();
        Assert.Equal(0L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users WHERE user_name = 'reviewer-x'"));
    }

    [Fact]
    public async Task ALockedAccountCannotSignInUntilUnlocked()
    {
        using var app = new WebApp();
        var (user, password) = await app.CreateUserAsync(Roles.Reviewer, 1);
        using var admin = await app.SignedInAsync(Roles.Admin);

        Workflow.AssertRedirect(await Workflow.PostAsync(admin, "/admin/users", $"/admin/users/lock?id={user.Id}", new Dictionary<string, string>()), "/admin/users");
        using (var client = app.Client())
        {
            var token = await WebApp.AntiforgeryTokenAsync(client, "/account/login");
            using var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = user.UserName, ["Password"] = password, ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        Workflow.AssertRedirect(await Workflow.PostAsync(admin, "/admin/users", $"/admin/users/unlock?id={user.Id}", new Dictionary<string, string>()), "/admin/users");
        using (var client = app.Client())
        {
            await WebApp.SignInAsync(client, user.UserName, password);
        }

        var audit = await admin.GetStringAsync($"/admin/audit?entity=user&entityId={user.Id}");
        Assert.Contains("user.lock", audit, StringComparison.Ordinal);
        Assert.Contains("user.unlock", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAnAdminOpensTheAdministrationPages()
    {
        using var app = new WebApp();
        using var reviewer = await app.SignedInAsync(Roles.Reviewer, 1);
        Workflow.AssertRedirect(await reviewer.GetAsync("/admin/users"), "/account/denied");
        Workflow.AssertRedirect(await reviewer.GetAsync("/admin/audit"), "/account/denied");
        using var admin = await app.SignedInAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/audit")).StatusCode);
    }

    [GeneratedRegex("id=\"issued-password\">([^<]+)<")]
    private static partial Regex PasswordPattern();
}
